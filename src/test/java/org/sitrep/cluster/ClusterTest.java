package org.sitrep.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Story and event clustering on small hand-made documents. */
class ClusterTest {

    private static final LocalDate JULY_2 = LocalDate.of(2013, 7, 2);

    private static DocumentFeatures doc(String id, LocalDate published, String words, Set<String> names, Set<String> numbers) {
        Map<String, Integer> terms = new java.util.HashMap<>();
        for (String w : words.split(" ")) terms.merge(w, 1, Integer::sum);
        return new DocumentFeatures(id, published, terms, names, numbers, Set.of("2013-07-02"));
    }

    /** Two outlets on the Aceh earthquake, two on an Iranian earthquake the same day, one on an election. */
    private static final List<DocumentFeatures> DOCS = List.of(
            doc("aceh-reuters", JULY_2, "earthquake magnitude strike province kill child injure building collapse depth tremor",
                    Set.of("aceh", "indonesia", "bener meriah"), Set.of("6.1", "10")),
            doc("aceh-afp", JULY_2, "quake magnitude hit province child dead dozens injure house collapse panic",
                    Set.of("aceh", "indonesia", "takengon"), Set.of("6.1", "30")),
            doc("iran-ap", JULY_2, "earthquake magnitude strike province kill villager injure building collapse rescue",
                    Set.of("iran", "bushehr", "kaki"), Set.of("5.9", "37")),
            doc("iran-bbc", JULY_2, "earthquake magnitude hit southern province villager dead rescue team house",
                    Set.of("iran", "bushehr", "red crescent"), Set.of("5.9", "850")),
            doc("election", JULY_2, "election vote parliament candidate ballot poll turnout campaign",
                    Set.of("kenya", "nairobi"), Set.of("40")));

    private static Set<Set<String>> ids(List<Story> stories) {
        Set<Set<String>> out = new java.util.HashSet<>();
        stories.forEach(s -> out.add(Set.copyOf(s.documentIds())));
        return out;
    }

    @Test
    void sameStoryFromTwoOutletsMergesAndTwoEarthquakesOnOneDayStayApart() {
        assertThat(ids(new StoryClusterer().cluster(DOCS))).containsExactlyInAnyOrder(
                Set.of("aceh-afp", "aceh-reuters"), Set.of("iran-ap", "iran-bbc"), Set.of("election"));
    }

    @Test
    void theResultDoesNotDependOnInputOrder() {
        List<Story> reference = new StoryClusterer().cluster(DOCS);
        for (long seed = 1; seed <= 5; seed++) {
            List<DocumentFeatures> shuffled = new ArrayList<>(DOCS);
            Collections.shuffle(shuffled, new Random(seed));
            assertThat(new StoryClusterer().cluster(shuffled)).isEqualTo(reference);
        }
    }

    @Test
    void aNewReportJoinsItsStoryIncrementally() {
        StoryClusterer clusterer = new StoryClusterer();
        TermStatistics stats = TermStatistics.of(DOCS);
        List<Story> stories = clusterer.cluster(DOCS, stats);
        DocumentFeatures late = doc("aceh-bbc", JULY_2, "earthquake magnitude province child kill injure collapse",
                Set.of("aceh", "indonesia"), Set.of("6.1"));
        StoryClusterer.Assignment a = clusterer.assign(late, stories, stats.plus(late));
        assertThat(a.newStory()).isFalse();
        assertThat(a.storyId()).isEqualTo("aceh-afp");
        DocumentFeatures unrelated = doc("football", JULY_2, "match goal striker league season", Set.of("arsenal"), Set.of("3"));
        assertThat(clusterer.assign(unrelated, stories, stats.plus(unrelated)).newStory()).isTrue();
    }

    @Test
    void reportsAMonthApartNeverShareAStory() {
        DocumentFeatures a = DOCS.get(0);
        DocumentFeatures later = new DocumentFeatures("aceh-later", JULY_2.plusDays(30), a.terms(), a.names(), a.numbers(), a.dates());
        List<DocumentFeatures> docs = new ArrayList<>(DOCS);
        docs.add(later);
        assertThat(new StoryClusterer().cluster(docs)).noneMatch(s -> s.documentIds().contains("aceh-later") && s.members().size() > 1);
    }

    @Test
    void eventMentionsMergeInsideAStoryAndNotAcrossStories() {
        List<EventMention> mentions = List.of(
                new EventMention("m1", "aceh-reuters", "earthquake", Set.of("aceh", "6.1"), Set.of("magnitude", "strike")),
                new EventMention("m2", "aceh-afp", "earthquake", Set.of("aceh"), Set.of("magnitude", "hit")),
                new EventMention("m3", "iran-ap", "earthquake", Set.of("iran", "5.9"), Set.of("magnitude", "strike")),
                new EventMention("m4", "aceh-reuters", "say", Set.of("usgs"), Set.of("depth")),
                new EventMention("m5", "aceh-afp", "say", Set.of("police"), Set.of("dead")),
                new EventMention("m6", "aceh-afp", "kill", Set.of("child"), Set.of("quake")),
                new EventMention("m7", "aceh-reuters", "killing", Set.of("child"), Set.of("earthquake")));
        Map<String, String> storyOf = Map.of("aceh-reuters", "A", "aceh-afp", "A", "iran-ap", "B");
        EventClusterer clusterer = new EventClusterer();
        assertThat(clusterer.cluster(mentions, storyOf)).containsExactlyInAnyOrder(
                Set.of("m1", "m2"), Set.of("m3"), Set.of("m4"), Set.of("m5"), Set.of("m6", "m7"));
        // The baseline merges the two unrelated sayings and misses kill/killing.
        assertThat(EventClusterer.sameTriggerInStory(mentions, storyOf)).contains(Set.of("m4", "m5"), Set.of("m6"), Set.of("m7"));
    }

    @Test
    void triggerStemsMatchNominalisationsButNotShortWords() {
        assertThat(Triggers.similarity("kill", "killing")).isPositive();
        assertThat(Triggers.similarity("arrest", "arrests")).isPositive();
        assertThat(Triggers.similarity("kill", "fire")).isZero();
    }
}
