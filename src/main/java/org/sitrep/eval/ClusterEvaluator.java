package org.sitrep.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sitrep.cluster.DocumentFeatures;
import org.sitrep.cluster.EventClusterer;
import org.sitrep.cluster.EventMention;
import org.sitrep.cluster.Story;
import org.sitrep.cluster.StoryClusterer;
import org.sitrep.cluster.TermStatistics;

/**
 * Story and event clustering on ECB+. (a) Documents: sitrep's stories against the gold sub-topics (each ECB+ topic
 * holds two similar but different events), within each topic and over the whole corpus with no topic given; B³ and
 * pairwise P/R/F1. (b) Cross-document event coreference over the gold event mentions, with sitrep's own document
 * clusters (no gold topics): MUC, B³, CEAF-e and CoNLL F1, beside the same-lemma baseline in the same run.
 */
public final class ClusterEvaluator implements Evaluator {

    /** Test topics 36–45, gold mentions, predicted document clusters; verified in the papers' result tables. */
    static final List<Published> PUBLISHED = List.of(
            new Published("Barhom et al. joint model", "conll_f1", 0.795, "Barhom et al., ACL 2019, ECB+ test topics 36-45, gold mentions"),
            new Published("Cattan et al.", "conll_f1", 0.810, "Cattan et al., Findings of ACL 2021, ECB+ test topics 36-45, gold mentions"));
    static final List<Published> PUBLISHED_BASELINE = List.of(
            new Published("Cluster+Lemma", "b3_f1", 0.778, "Barhom et al., ACL 2019, ECB+ test topics 36-45 (B³ only)"));
    /** The development topics of the standard split; the rest here are training topics (36–45, the test, are held out). */
    static final Set<Integer> DEV_TOPICS = Set.of(2, 5, 12, 18, 21, 23, 34, 35);

    private final Path dir;
    private final StoryClusterer stories;
    private final EventClusterer events;
    private final boolean sweep;
    private final boolean fromReading;

    /** @param sweep also print the settings grid on the training topics ({@link ClusterSweep}) */
    public ClusterEvaluator(Path dir, StoryClusterer stories, EventClusterer events, boolean sweep) {
        this(dir, stories, events, sweep, false);
    }

    /** @param fromReading document features from the full reading, as the store builds them, not from the annotator's lemmas */
    public ClusterEvaluator(Path dir, StoryClusterer stories, EventClusterer events, boolean sweep, boolean fromReading) {
        this.dir = dir;
        this.stories = stories;
        this.events = events;
        this.sweep = sweep;
        this.fromReading = fromReading;
    }

    public static Optional<Evaluator> fromDataRoot(Path root) {
        Path d = root.resolve("ecbplus");
        return Files.isDirectory(d.resolve("ECB+")) ? Optional.of(new ClusterEvaluator(d, new StoryClusterer(), new EventClusterer(), false)) : Optional.empty();
    }

    @Override
    public String name() { return "clusters"; }

    @Override
    public Outcome run(EvalContext context, PrintStream out) throws IOException {
        List<EcbPlusReader.Doc> docs = EcbPlusReader.readAll(dir);
        long goldEvents = docs.stream().flatMap(d -> d.mentions().stream()).filter(EcbPlusReader.Mention::isEvent).count();
        out.printf(Locale.ROOT, "%n== clusters: ECB+ %s (%d documents in %d topics, %d gold event mentions in the annotated sentences)%n",
                NerEvaluator.display(dir), docs.size(), docs.stream().map(EcbPlusReader.Doc::topic).distinct().count(), goldEvents);
        long t0 = System.nanoTime();
        List<EcbPlusFeatures.Read> read = EcbPlusFeatures.read(docs, context.annotator(), fromReading);
        double annotateSeconds = (System.nanoTime() - t0) / 1e9;
        out.printf(Locale.ROOT, "   annotated in %.1f s (CoreNLP model loading included); document features from %s%n", annotateSeconds,
                fromReading ? "the full reading (as the store builds them)" : "the annotator's lemmas");
        if (sweep) ClusterSweep.run(read, out);
        Map<String, String> subtopicOf = new HashMap<>();
        read.forEach(r -> subtopicOf.put(r.doc().name(), r.doc().subtopic()));

        // (a) documents
        long t1 = System.nanoTime();
        Map<Integer, List<DocumentFeatures>> byTopic = new TreeMap<>();
        read.forEach(r -> byTopic.computeIfAbsent(r.doc().topic(), t -> new ArrayList<>()).add(r.features()));
        List<DocumentFeatures> all = read.stream().map(EcbPlusFeatures.Read::features).toList();
        // Corpus-wide IDF in both settings, as the store has it: a topic's own words weigh little everywhere.
        TermStatistics corpusStats = TermStatistics.of(all);
        CorefScores.Stats withinTopics = CorefScores.Stats.ZERO, oneStoryPerTopic = CorefScores.Stats.ZERO;
        List<CorefScores.Stats> perTopic = new ArrayList<>();
        for (List<DocumentFeatures> topicDocs : byTopic.values()) {
            CorefScores.Stats s = CorefScores.score(gold(topicDocs, subtopicOf), asSets(stories.cluster(topicDocs, corpusStats)));
            perTopic.add(s);
            withinTopics = withinTopics.plus(s);
            oneStoryPerTopic = oneStoryPerTopic.plus(CorefScores.score(gold(topicDocs, subtopicOf),
                    List.of(topicDocs.stream().map(DocumentFeatures::id).collect(Collectors.toSet()))));
        }
        List<Story> corpusStories = stories.cluster(all, corpusStats);
        CorefScores.Stats corpus = CorefScores.score(gold(all, subtopicOf), asSets(corpusStories));
        double clusterSeconds = (System.nanoTime() - t1) / 1e9;
        Bootstrap.Interval topicCi = Bootstrap.interval(perTopic, CorefScores.Stats::plus, CorefScores.Stats.ZERO, s -> s.b3().f1());
        out.printf(Locale.ROOT, "-- (a) documents into stories (gold: the two sub-topics of each topic; %.1f s)%n", clusterSeconds);
        out.printf(Locale.ROOT, "   within each topic:      %s; 95%% interval of B³ F1 over topics %s%n", docLine(withinTopics), Fmt.ci(topicCi));
        out.printf(Locale.ROOT, "   baseline, one story per topic: %s%n", docLine(oneStoryPerTopic));
        out.printf(Locale.ROOT, "   whole corpus, no topics: %s; %d stories for %d gold sub-topics%n", docLine(corpus), corpusStories.size(),
                new HashSet<>(subtopicOf.values()).size());

        // (b) event mentions
        List<EventMention> mentions = read.stream().flatMap(r -> r.events().stream()).toList();
        Map<String, Integer> topicOfMention = new HashMap<>();
        read.forEach(r -> r.events().forEach(m -> topicOfMention.put(m.id(), r.doc().topic())));
        Map<String, String> clusterOfMention = new HashMap<>();
        docs.forEach(d -> d.mentions().stream().filter(EcbPlusReader.Mention::isEvent).forEach(m -> clusterOfMention.put(m.id(), m.cluster())));
        List<Set<String>> key = group(mentions.stream().map(EventMention::id).toList(), clusterOfMention::get);
        Map<String, String> storyOf = storyOf(corpusStories);
        long t2 = System.nanoTime();
        List<Set<String>> sitrep = events.cluster(mentions, storyOf);
        double eventSeconds = (System.nanoTime() - t2) / 1e9;
        List<Set<String>> baseline = EventClusterer.sameTriggerInStory(mentions, storyOf);
        List<Set<String>> withGoldStories = events.cluster(mentions, subtopicOf);
        out.printf(Locale.ROOT, "-- (b) cross-document event coreference, %d gold mentions in %d gold events (%.1f s)%n",
                mentions.size(), key.size(), eventSeconds);
        Map<String, Object> json = new LinkedHashMap<>();
        Bootstrap.Interval ci = null, baseCi = null;
        for (var system : List.of(Map.entry("sitrep", sitrep), Map.entry("same lemma in story (baseline)", baseline),
                Map.entry("sitrep with gold sub-topics (oracle stories)", withGoldStories))) {
            CorefScores.Stats s = CorefScores.score(key, system.getValue());
            Bootstrap.Interval i = conllInterval(key, system.getValue());
            if (ci == null) ci = i; else if (baseCi == null) baseCi = i;
            out.printf(Locale.ROOT, "   %s:%n     %s%n     CoNLL F1 %.4f, 95%% interval %s; train topics %.4f, dev topics %.4f%n", system.getKey(),
                    corefLine(s), s.conllF1(), Fmt.ci(i), subset(key, system.getValue(), topicOfMention, false).conllF1(),
                    subset(key, system.getValue(), topicOfMention, true).conllF1());
        }
        CorefScores.Stats ours = CorefScores.score(key, sitrep), base = CorefScores.score(key, baseline);

        json.put("f1", Fmt.round(ours.conllF1()));
        json.put("n", mentions.size());
        json.put("conll_f1_ci95", Fmt.json(ci));
        json.put("events", corefJson(ours));
        json.put("events_baseline_same_lemma", corefJson(base));
        json.put("events_gold_stories", corefJson(CorefScores.score(key, withGoldStories)));
        json.put("documents_within_topics", docJson(withinTopics));
        json.put("documents_whole_corpus", docJson(corpus));
        json.put("documents_one_story_per_topic", docJson(oneStoryPerTopic));
        json.put("documents", docs.size());
        json.put("seconds_annotating", Fmt.round(annotateSeconds));
        json.put("document_features", fromReading ? "reading" : "annotator");

        String dataset = "ECB+ topics 1-35 (train and dev; test topics 36-45 held out), gold event mentions";
        String command = "./sitrep eval clusters --ecbplus " + NerEvaluator.display(dir);
        List<Row> rows = List.of(
                new Row("Cross-document event coreference (CoNLL F1 = mean of MUC, B³, CEAF-e)", dataset, "sitrep", "conll_f1",
                        ours.conllF1(), ci, mentions.size(), PUBLISHED, command, String.format(Locale.ROOT,
                        "MUC %.3f, B³ %.3f, CEAF-e %.3f; with sitrep's own story clusters", ours.muc().f1(), ours.b3().f1(), ours.ceafE().f1())),
                new Row("Cross-document event coreference (CoNLL F1)", dataset, "same lemma in story (baseline)", "conll_f1",
                        base.conllF1(), baseCi, mentions.size(), PUBLISHED_BASELINE, command, String.format(Locale.ROOT,
                        "MUC %.3f, B³ %.3f, CEAF-e %.3f", base.muc().f1(), base.b3().f1(), base.ceafE().f1())),
                new Row("Story clustering: documents into ECB+ sub-topics, within each topic (B³ F1)", "ECB+ topics 1-35",
                        "sitrep", "b3_f1", withinTopics.b3().f1(), topicCi, docs.size(), List.of(), command, String.format(Locale.ROOT,
                        "pairwise F1 %.3f; whole corpus without topics: B³ F1 %.3f", withinTopics.pairwise().f1(), corpus.b3().f1())));
        return new Outcome(name(), json, rows);
    }

    /** The CoNLL F1 interval: resampling groups of mentions that no gold or predicted cluster crosses. */
    private static Bootstrap.Interval conllInterval(List<Set<String>> key, List<Set<String>> response) {
        Map<String, Integer> groupOf = new HashMap<>();
        List<Set<String>> groups = CorefScores.independentGroups(key, response);
        for (int g = 0; g < groups.size(); g++) for (String m : groups.get(g)) groupOf.put(m, g);
        Map<Integer, List<Set<String>>> keyBy = new HashMap<>(), responseBy = new HashMap<>();
        key.forEach(c -> keyBy.computeIfAbsent(groupOf.get(c.iterator().next()), g -> new ArrayList<>()).add(c));
        response.forEach(c -> responseBy.computeIfAbsent(groupOf.get(c.iterator().next()), g -> new ArrayList<>()).add(c));
        List<CorefScores.Stats> units = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) units.add(CorefScores.score(keyBy.getOrDefault(g, List.of()), responseBy.getOrDefault(g, List.of())));
        return Bootstrap.interval(units, CorefScores.Stats::plus, CorefScores.Stats.ZERO, CorefScores.Stats::conllF1);
    }

    /** Scores restricted to the dev topics or to the others (predicted clusters cut at the subset's edge). */
    private static CorefScores.Stats subset(List<Set<String>> key, List<Set<String>> response, Map<String, Integer> topicOf, boolean dev) {
        Function<List<Set<String>>, List<Set<String>>> cut = cs -> cs.stream()
                .map(c -> c.stream().filter(m -> DEV_TOPICS.contains(topicOf.get(m)) == dev).collect(Collectors.toSet()))
                .filter(c -> !c.isEmpty()).toList();
        return CorefScores.score(cut.apply(key), cut.apply(response));
    }

    private static List<Set<String>> gold(List<DocumentFeatures> docs, Map<String, String> subtopicOf) {
        return group(docs.stream().map(DocumentFeatures::id).toList(), subtopicOf::get);
    }

    private static List<Set<String>> group(List<String> ids, Function<String, String> label) {
        Map<String, Set<String>> by = new TreeMap<>();
        for (String id : ids) by.computeIfAbsent(label.apply(id), l -> new HashSet<>()).add(id);
        return List.copyOf(by.values());
    }

    private static List<Set<String>> asSets(List<Story> stories) {
        return stories.stream().map(s -> (Set<String>) new HashSet<>(s.documentIds())).toList();
    }

    private static Map<String, String> storyOf(List<Story> stories) {
        Map<String, String> of = new HashMap<>();
        stories.forEach(s -> s.documentIds().forEach(d -> of.put(d, s.id())));
        return of;
    }

    private static String docLine(CorefScores.Stats s) {
        return String.format(Locale.ROOT, "B³ P %.4f R %.4f F1 %.4f, pairwise P %.4f R %.4f F1 %.4f",
                s.b3().precision(), s.b3().recall(), s.b3().f1(), s.pairwise().precision(), s.pairwise().recall(), s.pairwise().f1());
    }

    private static String corefLine(CorefScores.Stats s) {
        return String.format(Locale.ROOT, "MUC R %.4f P %.4f F1 %.4f | B³ R %.4f P %.4f F1 %.4f | CEAF-e R %.4f P %.4f F1 %.4f",
                s.muc().recall(), s.muc().precision(), s.muc().f1(), s.b3().recall(), s.b3().precision(), s.b3().f1(),
                s.ceafE().recall(), s.ceafE().precision(), s.ceafE().f1());
    }

    private static Map<String, Object> corefJson(CorefScores.Stats s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("conll_f1", Fmt.round(s.conllF1()));
        m.put("muc", scoreJson(s.muc()));
        m.put("b3", scoreJson(s.b3()));
        m.put("ceaf_e", scoreJson(s.ceafE()));
        return m;
    }

    private static Map<String, Object> docJson(CorefScores.Stats s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("b3", scoreJson(s.b3()));
        m.put("pairwise", scoreJson(s.pairwise()));
        return m;
    }

    private static Map<String, Object> scoreJson(CorefScores.Score s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("precision", Fmt.round(s.precision()));
        m.put("recall", Fmt.round(s.recall()));
        m.put("f1", Fmt.round(s.f1()));
        return m;
    }
}
