package org.sitrep.bench;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;

/** Renders a {@link BenchResult} as one JSON object or as a table to read. */
final class BenchReport {

    static final String LOAD_NOTE = "load_s is wall-clock model loading in this JVM; the pipeline loaded second (plain CoreNLP)"
            + " finds some CoreNLP classes already loaded. JVM start to first result is measured separately (BENCHMARKS.md).";

    private BenchReport() {}

    static ObjectNode json(BenchResult r) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode o = f.objectNode();
        o.put("input", r.input());
        o.put("articles", r.sitrep().oneThread().articles());
        if (r.corenlp() == null) o.putNull("baseline_articles");
        else o.put("baseline_articles", r.corenlp().oneThread().articles());
        o.put("threads", r.sitrep().allCores().threads());
        o.set("sitrep", pipeline(r.sitrep()));
        if (r.corenlp() == null) o.putNull("corenlp");
        else o.set("corenlp", pipeline(r.corenlp()));
        putNumber(o, "speedup_tokens_per_s_one_thread", round(r.speedupOneThread(), 2));
        putNumber(o, "speedup_tokens_per_s_all_cores", round(r.speedupAllCores(), 2));
        o.put("peak_heap_method", HeapMeter.METHOD);
        o.put("load_note", LOAD_NOTE);
        ObjectNode m = o.putObject("machine");
        m.put("cpu", r.machine().cpu());
        m.put("cores", r.machine().cores());
        m.put("ram_mb", r.machine().ramMb());
        m.put("jdk", r.machine().jdk());
        m.put("os", r.machine().os());
        m.put("max_heap_mb", r.machine().maxHeapMb());
        return o;
    }

    private static ObjectNode pipeline(PipelineResult p) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("load_s", round(p.loadSeconds(), 2));
        o.put("heap_after_load_mb", round(p.liveHeapAfterLoadMb(), 1));
        o.put("warmup_articles", p.warmupArticles());
        o.set("one_thread", phase(p.oneThread()));
        o.set("all_cores", phase(p.allCores()));
        return o;
    }

    private static ObjectNode phase(Phase p) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("threads", p.threads());
        o.put("articles", p.articles());
        o.put("failed", p.failed());
        o.put("tokens", p.tokens());
        o.put("seconds", round(p.seconds(), 3));
        o.put("articles_per_s", round(p.articlesPerSecond(), 2));
        o.put("tokens_per_s", round(p.tokensPerSecond(), 1));
        o.put("peak_heap_mb", round(p.peakHeapMb(), 1));
        return o;
    }

    static String text(BenchResult r) {
        StringBuilder s = new StringBuilder();
        Machine m = r.machine();
        s.append(String.format(Locale.ROOT, "sitrep bench: %s%n", r.input()));
        s.append(String.format(Locale.ROOT, "machine: %s, %d cores, %,d MB RAM, %s, %s, max heap %,d MB%n%n",
                m.cpu(), m.cores(), m.ramMb(), m.jdk(), m.os(), m.maxHeapMb()));
        s.append(String.format(Locale.ROOT, "%-14s %8s %8s %8s %11s %10s %13s %8s %13s%n",
                "pipeline", "articles", "tokens", "threads", "articles/s", "tokens/s", "peak heap MB", "load s", "after load MB"));
        row(s, r.sitrep());
        if (r.corenlp() != null) row(s, r.corenlp());
        s.append('\n');
        if (r.corenlp() != null) {
            s.append(String.format(Locale.ROOT, "speedup in tokens/s, sitrep over plain CoreNLP: %.2fx on one thread, %.2fx on %d threads%n",
                    r.speedupOneThread(), r.speedupAllCores(), r.sitrep().allCores().threads()));
            s.append(String.format(Locale.ROOT, "plain CoreNLP ran on the first %d of sitrep's %d articles (it is much slower); tokens are"
                    + " CoreNLP tokens of the same texts%n", r.corenlp().oneThread().articles(), r.sitrep().oneThread().articles()));
        } else {
            s.append("plain CoreNLP skipped (--skip-baseline)\n");
        }
        int failed = r.sitrep().oneThread().failed() + r.sitrep().allCores().failed()
                + (r.corenlp() == null ? 0 : r.corenlp().oneThread().failed() + r.corenlp().allCores().failed());
        if (failed > 0) s.append("failures (not counted in the rates): ").append(failed).append('\n');
        s.append("peak heap: ").append(HeapMeter.METHOD).append('\n');
        s.append("load: ").append(LOAD_NOTE).append('\n');
        return s.toString();
    }

    private static void row(StringBuilder s, PipelineResult p) {
        for (Phase ph : new Phase[] {p.oneThread(), p.allCores()}) {
            s.append(String.format(Locale.ROOT, "%-14s %8d %8d %8d %11.2f %10.1f %13.1f %8.2f %13.1f%n", p.name(), ph.articles(),
                    ph.tokens(), ph.threads(), ph.articlesPerSecond(), ph.tokensPerSecond(), ph.peakHeapMb(), p.loadSeconds(),
                    p.liveHeapAfterLoadMb()));
        }
    }

    private static void putNumber(ObjectNode o, String field, double v) {
        if (Double.isNaN(v)) o.putNull(field);
        else o.put(field, v);
    }

    static double round(double v, int digits) {
        if (Double.isNaN(v) || Double.isInfinite(v)) return v;
        double scale = Math.pow(10, digits);
        return Math.round(v * scale) / scale;
    }
}
