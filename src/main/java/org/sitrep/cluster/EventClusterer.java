package org.sitrep.cluster;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Groups event mentions into real-world events. Mentions are compared only inside one story (the documents story
 * clustering put together), which is what keeps a Tuesday earthquake in Aceh apart from a Tuesday earthquake in
 * Iran. Inside a story, two mentions are the same event when their triggers match and their surroundings do not
 * contradict that, or, with different triggers, when they share enough of their participants, places and times.
 * Immutable and thread-safe.
 */
public final class EventClusterer {

    /**
     * @param threshold      average similarity for two groups of mentions to merge
     * @param triggerWeight  weight of the trigger match in the similarity (the rest is argument and context overlap)
     * @param lightTrigger   trigger similarity of two equal light triggers ("say", "happen"): below 1 they need shared
     *                       arguments or context too, because every report says something and most sayings differ
     */
    public record Options(double threshold, double triggerWeight, double lightTrigger) {}

    public static final Options DEFAULTS = new Options(0.6, 0.7, 0.6);

    /** Triggers so general that the same lemma says little about the same event. */
    static final Set<String> LIGHT_TRIGGERS = Set.of("say", "tell", "report", "state", "add", "claim", "announce", "confirm",
            "be", "have", "do", "make", "take", "go", "get", "come", "happen", "occur", "give", "begin", "start");

    private final Options options;

    public EventClusterer(Options options) { this.options = options; }

    public EventClusterer() { this(DEFAULTS); }

    /**
     * Events as sets of mention ids.
     *
     * @param storyOfDocument document id → story id; a document missing from it is a story of its own
     */
    public List<Set<String>> cluster(List<EventMention> mentions, Map<String, String> storyOfDocument) {
        List<Set<String>> events = new ArrayList<>();
        for (List<EventMention> story : byStory(mentions, storyOfDocument).values()) {
            int n = story.size();
            double[][] sim = new double[n][n];
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    sim[i][j] = sim[j][i] = similarity(story.get(i), story.get(j));
                }
            }
            for (List<Integer> c : Agglomerative.cluster(sim, options.threshold()))
                events.add(c.stream().map(i -> story.get(i).id()).collect(Collectors.toUnmodifiableSet()));
        }
        return List.copyOf(events);
    }

    /** The usual baseline of the literature (Barhom et al. 2019, "Cluster+Lemma"): same trigger lemma in the same story. */
    public static List<Set<String>> sameTriggerInStory(List<EventMention> mentions, Map<String, String> storyOfDocument) {
        List<Set<String>> events = new ArrayList<>();
        for (List<EventMention> story : byStory(mentions, storyOfDocument).values()) {
            Map<String, Set<String>> byTrigger = new TreeMap<>();
            for (EventMention m : story) byTrigger.computeIfAbsent(m.trigger(), t -> new java.util.HashSet<>()).add(m.id());
            byTrigger.values().forEach(s -> events.add(Set.copyOf(s)));
        }
        return List.copyOf(events);
    }

    /** How alike two mentions of one story are, in [0, 1]. */
    double similarity(EventMention a, EventMention b) {
        double trigger = Triggers.similarity(a.trigger(), b.trigger());
        if (trigger > 0 && LIGHT_TRIGGERS.contains(a.trigger())) trigger = Math.min(trigger, options.lightTrigger());
        double args = overlap(a.arguments(), b.arguments());
        double context = overlap(a.context(), b.context());
        return options.triggerWeight() * trigger + (1 - options.triggerWeight()) * Math.max(args, context);
    }

    /** Overlap coefficient |A ∩ B| / min(|A|, |B|): a short mention's few arguments all matching counts fully. */
    static double overlap(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) return 0;
        Set<String> small = a.size() <= b.size() ? a : b, large = small == a ? b : a;
        long shared = small.stream().filter(large::contains).count();
        return (double) shared / small.size();
    }

    /** Mentions grouped by story, each group sorted by mention id so the result does not depend on input order. */
    private static Map<String, List<EventMention>> byStory(List<EventMention> mentions, Map<String, String> storyOfDocument) {
        Map<String, List<EventMention>> byStory = new TreeMap<>();
        for (EventMention m : mentions) byStory.computeIfAbsent(storyOfDocument.getOrDefault(m.document(), "doc:" + m.document()),
                s -> new ArrayList<>()).add(m);
        Map<String, List<EventMention>> sorted = new LinkedHashMap<>();
        byStory.forEach((s, ms) -> sorted.put(s, ms.stream().sorted(Comparator.comparing(EventMention::id)).toList()));
        return sorted;
    }
}
