package org.sitrep.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.cluster.EventClusterer;
import org.sitrep.cluster.StoryClusterer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code sitrep eval clusters}. */
@Command(name = "clusters", mixinStandardHelpOptions = true,
        description = {"Story and event clustering on ECB+: documents into each topic's two sub-topics (B³, pairwise F1), and "
                + "cross-document event coreference over gold event mentions with sitrep's own story clusters (MUC, B³, CEAF-e, "
                + "CoNLL F1), beside a same-lemma baseline."})
public final class ClusterEvalCommand implements Callable<Integer> {

    @Option(names = "--ecbplus", required = true, paramLabel = "DIR",
            description = "ECB+ folder holding ECB+/<topic>/*.xml and ECBplus_coreference_sentences.csv (e.g. ../shared/data/ecbplus).")
    Path dir;

    @Option(names = "--story-threshold", paramLabel = "X", description = "Average similarity for documents to share a story (default: the shipped setting).")
    Double storyThreshold;

    @Option(names = "--event-threshold", paramLabel = "X", description = "Average similarity for event mentions to merge (default: the shipped setting).")
    Double eventThreshold;

    @Option(names = "--sweep", description = "Also print the settings grid (story and event thresholds) on the training topics.")
    boolean sweep;

    @Option(names = "--features", paramLabel = "FROM", defaultValue = "annotator",
            description = "Where document features come from: annotator (lemmas, POS, NER tags) or reading (the stored reading's words, "
                    + "entities, places and dates, as the store clusters). Default: ${DEFAULT-VALUE}.")
    String features;

    @Mixin
    EvalOutput output;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(dir.resolve("ECB+"))) return EvalCommand.usage("no ECB+ folder under " + dir);
        StoryClusterer.Options s = StoryClusterer.DEFAULTS;
        if (storyThreshold != null) s = new StoryClusterer.Options(storyThreshold, s.maxDaysApart(), s.nameWeight(), s.numberWeight(), s.dateWeight());
        EventClusterer.Options e = EventClusterer.DEFAULTS;
        if (eventThreshold != null) e = new EventClusterer.Options(eventThreshold, e.triggerWeight(), e.lightTrigger());
        if (!List.of("annotator", "reading").contains(features)) return EvalCommand.usage("--features must be annotator or reading");
        return output.run(List.of(new ClusterEvaluator(dir, new StoryClusterer(s), new EventClusterer(e), sweep, features.equals("reading"))), false, "sitrep eval clusters");
    }
}
