package org.sitrep.eval;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.sitrep.cluster.DocumentFeatures;
import org.sitrep.cluster.EventClusterer;
import org.sitrep.cluster.EventMention;
import org.sitrep.cluster.Story;
import org.sitrep.cluster.StoryClusterer;
import org.sitrep.cluster.TermStatistics;

/**
 * {@code eval clusters --sweep}: the settings grid on the training topics only, so that the shipped thresholds are
 * chosen without looking at the development topics (the test topics are not here at all).
 */
final class ClusterSweep {

    private ClusterSweep() {}

    static void run(List<EcbPlusFeatures.Read> read, PrintStream out) {
        List<EcbPlusFeatures.Read> train = read.stream().filter(r -> !ClusterEvaluator.DEV_TOPICS.contains(r.doc().topic())).toList();
        List<DocumentFeatures> docs = train.stream().map(EcbPlusFeatures.Read::features).toList();
        Map<String, String> subtopicOf = new HashMap<>();
        train.forEach(r -> subtopicOf.put(r.doc().name(), r.doc().subtopic()));
        TermStatistics stats = TermStatistics.of(docs);
        List<Set<String>> goldDocs = group(docs.stream().map(DocumentFeatures::id).toList(), subtopicOf);
        out.println("-- sweep on the training topics: story threshold → whole-corpus B³ F1 / pairwise F1 / event CoNLL F1 (DEFAULTS events)");
        List<EventMention> mentions = train.stream().flatMap(r -> r.events().stream()).toList();
        Map<String, String> goldCluster = new HashMap<>();
        train.forEach(r -> r.doc().mentions().stream().filter(EcbPlusReader.Mention::isEvent).forEach(m -> goldCluster.put(m.id(), m.cluster())));
        List<Set<String>> key = group(mentions.stream().map(EventMention::id).toList(), goldCluster);
        Map<String, String> bestStories = null;
        double bestF = -1;
        for (double[] o : grid()) {
            double t = o[0];
            StoryClusterer sc = new StoryClusterer(new StoryClusterer.Options(t, 7, o[1], o[2], 1.5));
            List<Story> stories = sc.cluster(docs, stats);
            CorefScores.Stats s = CorefScores.score(goldDocs, stories.stream().map(x -> (Set<String>) new HashSet<>(x.documentIds())).toList());
            Map<String, String> storyOf = new HashMap<>();
            stories.forEach(x -> x.documentIds().forEach(d -> storyOf.put(d, x.id())));
            double conll = CorefScores.score(key, new EventClusterer().cluster(mentions, storyOf)).conllF1();
            out.printf(Locale.ROOT, "   t %.2f names %.1f numbers %.1f → %.4f / %.4f / %.4f (%d stories)%n", t, o[1], o[2], s.b3().f1(),
                    s.pairwise().f1(), conll, stories.size());
            if (s.b3().f1() > bestF) { bestF = s.b3().f1(); bestStories = storyOf; }
        }
        out.println("   event settings (trigger weight, threshold) → CoNLL F1 with the best stories above");
        for (double[] wl : new double[][] {{0.6, 1}, {0.8, 1}, {0.6, 0.8}, {0.8, 0.5}, {0.7, 0.6}}) {
            double w = wl[0];
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "   w %.1f light %.1f:", w, wl[1]));
            for (double t : new double[] {0.4, 0.5, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85}) {
                double conll = CorefScores.score(key, new EventClusterer(new EventClusterer.Options(t, w, wl[1])).cluster(mentions, bestStories)).conllF1();
                line.append(String.format(Locale.ROOT, "  t%.2f %.4f", t, conll));
            }
            out.println(line);
        }
    }

    private static List<double[]> grid() {
        List<double[]> g = new ArrayList<>();
        for (double t : new double[] {0.12, 0.15, 0.18, 0.21})
            for (double names : new double[] {1, 2, 3})
                for (double numbers : new double[] {0.5, 1.5, 3}) g.add(new double[] {t, names, numbers});
        return g;
    }

    private static List<Set<String>> group(List<String> ids, Map<String, String> label) {
        Map<String, Set<String>> by = new TreeMap<>();
        for (String id : ids) by.computeIfAbsent(label.get(id), l -> new HashSet<>()).add(id);
        return new ArrayList<>(by.values()).stream().map(s -> (Set<String>) s).collect(Collectors.toList());
    }
}
