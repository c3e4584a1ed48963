package org.sitrep.bench;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.annotate.CoreNlpAnnotator;
import org.sitrep.annotate.PlainCoreNlp;
import org.sitrep.cli.Main;
import org.sitrep.ingest.Inputs;
import org.sitrep.ingest.ReadOptions;
import org.sitrep.ingest.TextDecoder;
import org.sitrep.model.Article;
import org.sitrep.pipeline.Analyzer;
import org.sitrep.report.JsonOutput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code sitrep bench}: throughput of the analyze pipeline against plain CoreNLP, in the same run on the same articles. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure articles/s, tokens/s, peak heap and model load time of sitrep's analyze pipeline, on one thread and on",
                "all cores, and the same for plain CoreNLP (tokenize,ssplit,pos,lemma,ner with its defaults) on the first articles of",
                "the same sample. Progress goes to stderr, the results to stdout.",
                "Exit code 0 when every article was processed, 1 when some failed, 2 on usage errors."})
public final class BenchCommand implements Callable<Integer> {

    // The shared benchmark corpus beside a checkout; the product itself never needs it.
    static final String DEFAULT_INPUT = "../shared/data/news-raw/news-raw.jsonl";

    @Option(names = "--input", paramLabel = "FILE", defaultValue = DEFAULT_INPUT,
            description = "JSON Lines of articles ({title,text,date,outlet,url}). Default: ${DEFAULT-VALUE}.")
    Path input;

    // Defaults keep the whole run to a few minutes on 2 cores: plain CoreNLP reads ~700 tokens/s, an article ~550 tokens.
    @Option(names = "--limit", paramLabel = "N", defaultValue = "200", description = "Articles timed for sitrep. Default: ${DEFAULT-VALUE}.")
    int limit;

    @Option(names = "--baseline-limit", paramLabel = "N", defaultValue = "30",
            description = "Articles timed for plain CoreNLP: the first N of sitrep's sample. Default: ${DEFAULT-VALUE}.")
    int baselineLimit;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "20",
            description = "Articles run before timing sitrep, for the JIT (not timed; taken before the sample). Default: ${DEFAULT-VALUE}.")
    int warmup;

    @Option(names = "--baseline-warmup", paramLabel = "N", defaultValue = "3",
            description = "Articles run before timing plain CoreNLP. Default: ${DEFAULT-VALUE}.")
    int baselineWarmup;

    @Option(names = "--threads", paramLabel = "N", description = "Threads of the \"all cores\" run. Default: the number of cores.")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--skip-baseline", description = "Do not run plain CoreNLP.")
    boolean skipBaseline;

    @Option(names = "--json", description = "Print one JSON object instead of a table.")
    boolean json;

    @Option(names = "--resources", description = "Only measure the load time and retained heap of the gazetteer and the actor registry.")
    boolean resources;

    @Override
    public Integer call() throws Exception {
        if (resources) {
            List<ResourceLoad.Cost> costs = ResourceLoad.measure();
            PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
            out.print(json ? JsonOutput.mapper().writeValueAsString(ResourceLoad.json(costs)) + "\n" : ResourceLoad.text(costs));
            return Main.OK;
        }
        if (limit < 1 || baselineLimit < 1 || warmup < 0 || baselineWarmup < 0 || threads < 1) {
            System.err.println("sitrep bench: --limit, --baseline-limit and --threads must be at least 1, --warmup at least 0");
            return Main.USAGE;
        }
        if (!Files.isReadable(input)) {
            System.err.println("sitrep bench: cannot read " + input + " (give a JSON Lines file with --input)");
            return Main.USAGE;
        }
        List<Article> articles = readArticles(input, warmup + limit);
        if (articles.size() <= warmup) {
            System.err.println("sitrep bench: " + input + " holds " + articles.size() + " readable articles, fewer than --warmup + 1");
            return Main.USAGE;
        }
        List<Article> sitrepWarmup = articles.subList(0, warmup);
        List<Article> sample = articles.subList(warmup, articles.size());
        Bench bench = new Bench(m -> System.err.println("sitrep bench: " + m));
        PipelineResult sitrep = bench.measure("sitrep", BenchCommand::sitrep, sitrepWarmup, sample, threads);
        PipelineResult corenlp = skipBaseline ? null : bench.measure("plain CoreNLP", BenchCommand::plainCoreNlp,
                sitrepWarmup.subList(0, Math.min(baselineWarmup, warmup)), sample.subList(0, Math.min(baselineLimit, sample.size())), threads);
        BenchResult result = new BenchResult(input.toString(), Machine.detect(), sitrep, corenlp);
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (json) out.println(JsonOutput.mapper().writeValueAsString(BenchReport.json(result)));
        else out.print(BenchReport.text(result));
        boolean failed = sitrep.oneThread().failed() + sitrep.allCores().failed() > 0
                || corenlp != null && corenlp.oneThread().failed() + corenlp.allCores().failed() > 0;
        return failed ? Main.SOME_FAILED : Main.OK;
    }

    /** The first {@code max} articles of a JSON Lines file; unreadable lines are reported and skipped. */
    static List<Article> readArticles(Path file, int max) {
        List<Article> out = new ArrayList<>();
        int[] skipped = {0};
        // Read as JSON Lines whatever the file is called; Inputs streams it line by line.
        new Inputs(new ReadOptions(null, "jsonl", TextDecoder.DEFAULT_MAX_BYTES)).read(List.of(file.toString()), InputStream.nullInputStream(), l -> {
            if (l.failed()) skipped[0]++;
            else if (out.size() < max) out.add(l.article());
        });
        if (skipped[0] > 0) System.err.println("sitrep bench: skipped " + skipped[0] + " lines of " + file + " that hold no readable article (bad JSON or no text)");
        return out;
    }

    /** The pipeline {@code sitrep analyze} runs ({@link Analyzer#load()}), with a token count taken from its annotations. */
    static Pipeline sitrep() {
        CountingAnnotator counting = new CountingAnnotator(new CoreNlpAnnotator());
        Analyzer analyzer = new Analyzer(counting);
        return a -> {
            analyzer.analyze(a);
            return counting.lastCount();
        };
    }

    static Pipeline plainCoreNlp() {
        PlainCoreNlp plain = new PlainCoreNlp();
        return a -> plain.annotate(a.text(), referenceDate(a.published())).tokens();
    }

    /** As the analyzer reads the publication date: its first ten characters as an ISO date, else none. */
    static LocalDate referenceDate(String published) {
        if (published == null || published.length() < 10) return null;
        try {
            return LocalDate.parse(published.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
