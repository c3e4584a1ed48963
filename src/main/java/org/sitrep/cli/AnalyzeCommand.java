package org.sitrep.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.sitrep.ingest.Inputs;
import org.sitrep.ingest.Loaded;
import org.sitrep.ingest.ReadOptions;
import org.sitrep.ingest.TextDecoder;
import org.sitrep.model.Reading;
import org.sitrep.pipeline.Analyzer;
import org.sitrep.report.JsonOutput;
import org.sitrep.report.TextReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sitrep analyze}: read articles and print their structured reading. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = {"Read news articles (text, HTML, JSON Lines; files, directories or - for standard input) and print what they say:",
                "entities with aliases and titles, dates, numbers; as a readable report (text) or one JSON object per article (json).",
                "Exit code 0 when every input was read, 1 when some failed (each failure is reported on stderr), 2 on usage errors."})
public final class AnalyzeCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files, directories, or - for standard input.")
    List<String> inputs;

    @Option(names = "--published", paramLabel = "YYYY-MM-DD",
            description = "Publication date, for inputs that do not carry one; relative dates (\"Monday\") are resolved against it.")
    String published;

    @Option(names = "--format", defaultValue = "text", description = "Output: text (a report to read) or json (JSON Lines). Default: ${DEFAULT-VALUE}.")
    String format;

    @Option(names = "--input-format", defaultValue = "auto", description = "auto, txt, html or jsonl. Default: ${DEFAULT-VALUE}.")
    String inputFormat;

    @Option(names = "--max-bytes", defaultValue = "" + TextDecoder.DEFAULT_MAX_BYTES, description = "Refuse inputs larger than this. Default: ${DEFAULT-VALUE}.")
    long maxBytes;

    @Option(names = "--threads", description = "Articles analysed in parallel. Default: the number of cores.")
    int threads = Runtime.getRuntime().availableProcessors();

    @Override
    public Integer call() throws Exception {
        if (!format.equals("text") && !format.equals("json")) return usage("--format must be text or json, not '" + format + "'");
        if (!List.of("auto", "txt", "html", "jsonl").contains(inputFormat)) return usage("--input-format must be auto, txt, html or jsonl");
        if (published != null) {
            try {
                LocalDate.parse(published);
            } catch (DateTimeParseException e) {
                return usage("--published must be a date like 2019-11-19, not '" + published + "'");
            }
        }
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        List<Loaded> loaded = new ArrayList<>();
        new Inputs(new ReadOptions(published, inputFormat, maxBytes)).read(inputs, System.in, loaded::add);
        int failures = 0;
        for (Loaded l : loaded) {
            if (l.failed()) {
                System.err.println("sitrep: " + l.source() + ": " + l.error());
                failures++;
            }
        }
        List<Loaded> ok = loaded.stream().filter(l -> !l.failed()).toList();
        if (!ok.isEmpty()) {
            Analyzer analyzer = Analyzer.load();
            ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, ok.size())));
            try {
                List<Future<Reading>> results = new ArrayList<>();
                for (Loaded l : ok) results.add(pool.submit(() -> analyzer.analyze(l.article())));
                boolean first = true;
                for (int i = 0; i < results.size(); i++) {
                    try {
                        Reading r = results.get(i).get();
                        results.set(i, null); // printed readings are not kept: a JSONL input may hold many thousands
                        if (format.equals("json")) out.println(JsonOutput.line(r));
                        else {
                            if (!first) out.println();
                            out.print(TextReport.render(r));
                        }
                        first = false;
                    } catch (java.util.concurrent.ExecutionException e) {
                        // One line per failed input, like read failures: an exception message may span lines.
                        System.err.println("sitrep: " + ok.get(i).source() + ": analysis failed: "
                                + String.valueOf(e.getCause()).strip().replaceAll("\\s*\\R\\s*", " "));
                        failures++;
                    }
                    out.flush();
                }
            } finally {
                pool.shutdownNow();
            }
        }
        out.flush();
        return failures == 0 ? Main.OK : Main.SOME_FAILED;
    }

    private static int usage(String message) {
        System.err.println("sitrep analyze: " + message);
        return Main.USAGE;
    }
}
