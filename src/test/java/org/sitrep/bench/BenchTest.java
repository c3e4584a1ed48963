package org.sitrep.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Article;

/** The bench's arithmetic, bookkeeping and JSON shape on a tiny in-memory input with fake pipelines (no timing asserted). */
class BenchTest {

    private static Article article(int i, String text) {
        return new Article("id" + i, "mem:" + i, "jsonl", "t" + i, null, null, null, null, "2019-11-19", "en", text, List.of());
    }

    private static List<Article> articles(int n) {
        List<Article> out = new ArrayList<>();
        for (int i = 0; i < n; i++) out.add(article(i, "word ".repeat(i + 1).strip()));
        return out;
    }

    private static final Pipeline WORDS = a -> a.text().split(" ").length;

    @Test
    void phaseRatesAreCountsOverWallTime() {
        Phase p = new Phase(2, 10, 0, 5_000, 2_000_000_000L, 3L * 1024 * 1024);
        assertThat(p.seconds()).isEqualTo(2.0);
        assertThat(p.articlesPerSecond()).isEqualTo(5.0);
        assertThat(p.tokensPerSecond()).isEqualTo(2_500.0);
        assertThat(p.peakHeapMb()).isEqualTo(3.0);
        assertThat(new Phase(1, 0, 0, 0, 0, 0).tokensPerSecond()).isZero();
    }

    @Test
    void everyArticleIsProcessedExactlyOnceAcrossThreads() {
        Set<String> seen = ConcurrentHashMap.newKeySet();
        AtomicInteger calls = new AtomicInteger();
        Pipeline p = a -> {
            calls.incrementAndGet();
            seen.add(a.id());
            return WORDS.process(a);
        };
        Phase phase = new Bench(m -> {}).run(p, articles(50), 4);
        assertThat(calls.get()).isEqualTo(50);
        assertThat(seen).hasSize(50);
        assertThat(phase.articles()).isEqualTo(50);
        assertThat(phase.tokens()).isEqualTo(50 * 51 / 2); // article i has i+1 words
        assertThat(phase.threads()).isEqualTo(4);
        assertThat(phase.nanos()).isPositive();
        assertThat(phase.tokensPerSecond()).isCloseTo(phase.tokens() / phase.seconds(), within(1e-6));
    }

    @Test
    void failuresAreCountedApartAndDoNotStopThePass() {
        Pipeline p = a -> {
            if (a.id().equals("id3")) throw new IllegalArgumentException("boom");
            return WORDS.process(a);
        };
        List<String> messages = new ArrayList<>();
        Phase phase = new Bench(m -> { synchronized (messages) { messages.add(m); } }).run(p, articles(5), 2);
        assertThat(phase.articles()).isEqualTo(4);
        assertThat(phase.failed()).isEqualTo(1);
        assertThat(phase.tokens()).isEqualTo(1 + 2 + 3 + 5);
        assertThat(messages).anyMatch(m -> m.contains("mem:3") && m.contains("boom"));
    }

    @Test
    void measureLoadsOnceWarmsUpThenTimesOneThreadAndAllCores() {
        AtomicInteger loads = new AtomicInteger();
        AtomicInteger calls = new AtomicInteger();
        PipelineResult r = new Bench(m -> {}).measure("fake", () -> {
            loads.incrementAndGet();
            return a -> { calls.incrementAndGet(); return WORDS.process(a); };
        }, articles(3), articles(8), 3);
        assertThat(loads.get()).isEqualTo(1);
        assertThat(calls.get()).isEqualTo(3 + 8 + 8);
        assertThat(r.warmupArticles()).isEqualTo(3);
        assertThat(r.oneThread().threads()).isEqualTo(1);
        assertThat(r.allCores().threads()).isEqualTo(3);
        assertThat(r.oneThread().tokens()).isEqualTo(r.allCores().tokens()).isEqualTo(36);
        assertThat(r.loadNanos()).isPositive();
    }

    @Test
    void jsonHasBothPipelinesBothPhasesAndTheSpeedup() throws IOException {
        long second = 1_000_000_000L;
        PipelineResult sitrep = new PipelineResult("sitrep", 2 * second, 100L << 20, 20,
                new Phase(1, 100, 0, 70_000, 10 * second, 500L << 20), new Phase(2, 100, 0, 70_000, 6 * second, 600L << 20));
        PipelineResult plain = new PipelineResult("plain CoreNLP", 15 * second, 800L << 20, 3,
                new Phase(1, 10, 0, 7_000, 10 * second, 1500L << 20), new Phase(2, 10, 0, 7_000, 8 * second, 1600L << 20));
        BenchResult result = new BenchResult("in.jsonl", new Machine("cpu", 2, 1024, "jdk", "os", 4096), sitrep, plain);

        JsonNode o = new ObjectMapper().readTree(new ObjectMapper().writeValueAsString(BenchReport.json(result)));
        assertThat(o.get("articles").asInt()).isEqualTo(100);
        assertThat(o.get("baseline_articles").asInt()).isEqualTo(10);
        assertThat(o.at("/sitrep/one_thread/articles_per_s").asDouble()).isEqualTo(10.0);
        assertThat(o.at("/sitrep/one_thread/tokens_per_s").asDouble()).isEqualTo(7_000.0);
        assertThat(o.at("/sitrep/all_cores/tokens_per_s").asDouble()).isCloseTo(11_666.7, within(0.01));
        assertThat(o.at("/sitrep/all_cores/peak_heap_mb").asDouble()).isEqualTo(600.0);
        assertThat(o.at("/sitrep/load_s").asDouble()).isEqualTo(2.0);
        assertThat(o.at("/sitrep/heap_after_load_mb").asDouble()).isEqualTo(100.0);
        assertThat(o.at("/corenlp/one_thread/tokens_per_s").asDouble()).isEqualTo(700.0);
        assertThat(o.at("/corenlp/all_cores/articles_per_s").asDouble()).isEqualTo(1.25);
        assertThat(o.at("/corenlp/load_s").asDouble()).isEqualTo(15.0);
        assertThat(o.get("speedup_tokens_per_s_one_thread").asDouble()).isEqualTo(10.0);
        assertThat(o.get("speedup_tokens_per_s_all_cores").asDouble()).isCloseTo(13.33, within(0.001));
        assertThat(o.at("/machine/cores").asInt()).isEqualTo(2);
        assertThat(o.get("peak_heap_method").asText()).contains("MemoryPoolMXBean");

        BenchResult skipped = new BenchResult("in.jsonl", result.machine(), sitrep, null);
        JsonNode s = new ObjectMapper().readTree(new ObjectMapper().writeValueAsString(BenchReport.json(skipped)));
        assertThat(s.get("corenlp").isNull()).isTrue();
        assertThat(s.get("speedup_tokens_per_s_one_thread").isNull()).isTrue();
        assertThat(BenchReport.text(skipped)).contains("skipped");
        assertThat(BenchReport.text(result)).contains("10.00x on one thread");
    }

    @Test
    void readsTheFirstArticlesOfAJsonLinesFileAndSkipsBadLines(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("news.jsonl");
        Files.writeString(f, String.join("\n",
                "{\"title\":\"One\",\"text\":\"First story.\",\"date\":\"2019-11-19\",\"outlet\":\"x\",\"url\":\"u1\"}",
                "{\"title\":\"Empty\",\"text\":\"\"}",
                "not json",
                "{\"title\":\"Two\",\"text\":\"Second story.\",\"date\":\"2020-01-02T10:00:00Z\"}",
                "{\"title\":\"Three\",\"text\":\"Third story.\"}"), StandardCharsets.UTF_8);
        List<Article> read = BenchCommand.readArticles(f, 2);
        assertThat(read).extracting(Article::text).containsExactly("First story.", "Second story.");
        assertThat(BenchCommand.referenceDate(read.get(1).published())).hasToString("2020-01-02");
        assertThat(BenchCommand.referenceDate("yesterday")).isNull();
        assertThat(BenchCommand.referenceDate(null)).isNull();
    }

    @Test
    void countingAnnotatorReportsTheTokensOfThisThreadsLastText() {
        CountingAnnotator c = new CountingAnnotator((text, ref) -> new org.sitrep.annotate.Annotated(text, List.of(),
                java.util.stream.IntStream.range(0, text.length()).mapToObj(i -> new org.sitrep.annotate.Token(i, 0, "x", i, i + 1, "NN", "x", "O")).toList(),
                List.of()));
        c.annotate("abcd", null);
        assertThat(c.lastCount()).isEqualTo(4);
    }

    @Test
    void resourceLoadReportsEachShippedResourceWithItsCost() {
        List<ResourceLoad.Cost> costs = ResourceLoad.measure();
        assertThat(costs).extracting(ResourceLoad.Cost::resource).hasSize(2)
                .anySatisfy(r -> assertThat(r).startsWith("gazetteer")).anySatisfy(r -> assertThat(r).startsWith("actor registry"));
        // Loaded earlier in this JVM (e.g. by another test), a resource costs nothing more: only the signs are certain.
        assertThat(costs).allSatisfy(c -> assertThat(c.wallSeconds()).isGreaterThanOrEqualTo(0));
        assertThat(ResourceLoad.json(costs)).allSatisfy(m -> assertThat(m).containsKeys("resource", "wall_s", "cpu_s", "retained_mb"));
        assertThat(ResourceLoad.text(costs)).contains("retained MB").contains("gazetteer");
    }
}
