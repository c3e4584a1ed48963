package org.sitrep.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.sitrep.annotate.CoreNlpAnnotator;
import org.sitrep.cli.Main;
import org.sitrep.events.EventLexicon;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code sitrep train}: builds the resources sitrep learns from annotated data (developers' tool; the product ships
 * the files it writes and never reads the data at run time).
 */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Build a shipped resource from annotated data (for developers: the product ships what this writes).",
        subcommands = {TrainCommand.Cues.class})
public final class TrainCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "a resource is required: " + String.join(", ", spec.subcommands().keySet()));
    }

    /** {@code sitrep train cues}. */
    @Command(name = "cues", mixinStandardHelpOptions = true,
            description = {"Learn reporting cues (verbs whose content is what someone says, wants or holds) from a PolNeAR "
                    + "compartment (train) and write the lexicon src/main/resources/org/sitrep/quotes/learned-cues.tsv reads.",
                    "Tune on train: learn with --limit N, score with `sitrep eval quotes --polnear train --skip N`."})
    public static final class Cues implements Callable<Integer> {

        @Option(names = "--polnear", required = true, paramLabel = "DIR", description = "PolNeAR compartment folder (polnear/train).")
        Path dir;

        @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the lexicon.")
        Path out;

        @Option(names = "--limit", paramLabel = "N", description = "Learn from the first N articles in name order only.")
        Integer limit;

        @Option(names = "--min-cues", paramLabel = "N", defaultValue = "2", description = "Keep a lemma seen as a cue at least N times (default ${DEFAULT-VALUE}).")
        int minCues;

        @Option(names = "--min-precision", paramLabel = "P", defaultValue = "0.25",
                description = {"Keep a lemma that is a cue in at least this share of its occurrences as a verb (default ${DEFAULT-VALUE}).",
                        "The defaults are those of the shipped lexicon, chosen on train articles 601-840 after learning from 1-600."})
        double minPrecision;

        @Override
        public Integer call() throws Exception {
            if (!Files.isDirectory(dir.resolve("text")) || !Files.isDirectory(dir.resolve("attributions"))) {
                System.err.println("sitrep train cues: no PolNeAR text/ and attributions/ folders under " + dir);
                return Main.USAGE;
            }
            List<PolnearReader.Doc> docs = PolnearReader.read(dir);
            if (limit != null) docs = docs.subList(0, Math.min(limit, docs.size()));
            CoreNlpAnnotator annotator = new CoreNlpAnnotator();
            CueLearner learner = new CueLearner();
            int n = 0;
            long start = System.nanoTime();
            for (PolnearReader.Doc d : docs) {
                learner.add(d.text(), d.attributions(), annotator);
                if (++n % 50 == 0 || n == docs.size()) {
                    double s = (System.nanoTime() - start) / 1e9, rate = n / s;
                    System.err.printf(Locale.ROOT, "sitrep train cues: %d of %d articles, %.1f/s, ETA %.0f s%n", n, docs.size(), rate, (docs.size() - n) / rate);
                }
            }
            CueLearner.Selection selection = new CueLearner.Selection(minCues, minPrecision, materialActs(learner));
            String corpus = "PolNeAR " + dir.getFileName() + " (" + docs.size() + " articles)";
            learner.write(out, selection, corpus);
            System.err.printf(Locale.ROOT, "sitrep train cues: %d lemmas kept of %d verbs seen, written to %s%n",
                    learner.selected(selection).size(), learner.learned().size(), out);
            return Main.OK;
        }

        /**
         * Verbs the event lexicon codes as material conflict (CAMEO 15-20: "attack", "hammer", "veto"): in political
         * news they often report a position ("attacked her record"), in conflict news they are the act itself, and an
         * analyst must not get a claim where a base was attacked.
         */
        static Set<String> materialActs(CueLearner learner) {
            EventLexicon lexicon = EventLexicon.standard();
            Set<String> out = new TreeSet<>();
            for (CueLearner.Learned l : learner.learned()) {
                if (lexicon.verbs(l.lemma()).stream().anyMatch(v -> v.code().matches("1[5-9].*|20.*"))) out.add(l.lemma());
            }
            return out;
        }
    }
}
