package org.sitrep.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code sitrep eval dedup}. */
@Command(name = "dedup", mixinStandardHelpOptions = true,
        description = {"Near-duplicate detection (as the store runs it: a shared MinHash LSH band, then shingle containment) on pairs",
                "built from news-raw: syndication-like copies (new headline, trimmed ending, credit line, light rewording) and ECB+'s",
                "real wire copies as duplicates; ECB+ articles on the same topic but about a different event as non-duplicates.",
                "Precision and recall with 95% bootstrap intervals over pairs, and the first errors."})
public final class DedupEvalCommand implements Callable<Integer> {

    @Option(names = "--news-raw", paramLabel = "FILE", defaultValue = "../shared/data/news-raw/news-raw.jsonl",
            description = "news-raw.jsonl (near-duplicate-candidates.tsv is read beside it). Default: ${DEFAULT-VALUE}.")
    Path newsRaw;

    @Option(names = "--copies", paramLabel = "N", defaultValue = "1000", description = "Syndication-like copies to make. Default: ${DEFAULT-VALUE}.")
    int copies;

    @Mixin
    EvalOutput output;

    @Override
    public Integer call() throws Exception {
        if (!Files.isReadable(newsRaw)) return EvalCommand.usage("cannot read " + newsRaw + " (give it with --news-raw)");
        if (copies < 1) return EvalCommand.usage("--copies must be at least 1");
        return output.run(List.of(new DedupEvaluator(newsRaw, copies)), false, "sitrep eval dedup");
    }
}
