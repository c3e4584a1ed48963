package org.sitrep.stream;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.flink.api.common.functions.MapFunction;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.sitrep.cli.LocalIngest;
import org.sitrep.ingest.CorpusReader;
import org.sitrep.ingest.ReadOptions;
import org.sitrep.ingest.TextDecoder;

/**
 * Throughput of the job on this machine at parallelism 1, 2, …: publishes the example and N news-raw articles to an
 * in-process broker, then runs the job (bounded, fresh store and consumer group) once per parallelism and prints
 * articles/s over the whole run and between the first and the last stored article (the steady rate, without job
 * start-up), the CPU seconds the process spent per article, and the efficiency of each added slot. The analyzer is
 * loaded and warmed up (JIT) on 20 articles before the first run. Arguments: N, the parallelisms (1,2), and the store
 * (sqlite, the default, or postgresql: a database of a throwaway local server). docs/scaling.md says how to run it.
 */
public final class ScalingBench {

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        List<Integer> parallelisms = args.length > 1 ? java.util.Arrays.stream(args[1].split(",")).map(Integer::valueOf).toList() : List.of(1, 2);
        boolean postgres = args.length > 2 && args[2].equals("postgresql"); // else a SQLite file per run
        Path dir = Files.createTempDirectory("sitrep-scaling");
        List<String> inputs = TestCorpus.write(dir, n);
        long messages = n + 3;
        try (KafkaBroker kafka = KafkaBroker.start(dir)) {
            kafka.createTopic(IngestJobTest.TOPIC, 1);
            List<String> publish = new ArrayList<>(inputs);
            publish.addAll(List.of("--kafka", kafka.bootstrap(), "--topic", IngestJobTest.TOPIC, "--error-log", dir.resolve("errors.log").toString()));
            if (LocalIngest.run(publish) != 0) throw new IllegalStateException("publishing failed");
            warmUp(inputs);
            double first = 0;
            System.out.println("parallelism\tarticles\twall s\tarticles/s (wall)\tarticles/s (steady)\tCPU s per article\tefficiency");
            for (int p : parallelisms) {
                Path run = Files.createDirectories(dir.resolve("p" + p));
                String store = postgres ? org.sitrep.store.PostgresServer.get().database("scaling_p" + p) : run.resolve("stream.db").toString();
                IngestJob.Settings s = new IngestJob.Settings(kafka.bootstrap(), IngestJobTest.TOPIC, "bench-" + p, store, p,
                        run.resolve("checkpoints").toUri().toString(), Duration.ofSeconds(10), true, null);
                StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(IngestJob.configuration(s));
                Timing.reset();
                IngestJob.build(env, s, new Timing());
                long cpu0 = cpuNanos(), t0 = System.nanoTime();
                env.execute("sitrep scaling p" + p);
                double wall = (System.nanoTime() - t0) / 1e9, cpu = (cpuNanos() - cpu0) / 1e9;
                double steady = (Timing.COUNT.get() - 1) / ((Timing.LAST.get() - Timing.FIRST.get()) / 1e9);
                if (first == 0) first = steady;
                System.out.printf(Locale.ROOT, "%d\t%d\t%.1f\t%.2f\t%.2f\t%.3f\t%.0f%%%n", p, Timing.COUNT.get(), wall, messages / wall, steady,
                        cpu / messages, 100 * steady / (first * p));
            }
        }
    }

    /** Loads the models and runs the analysis over 20 articles, so the first timed run does not pay for loading or JIT. */
    private static void warmUp(List<String> inputs) {
        List<org.sitrep.model.Article> some = new ArrayList<>();
        new CorpusReader(new ReadOptions(null, "auto", TextDecoder.DEFAULT_MAX_BYTES)).read(inputs, System.in, (l, raw) -> {
            if (!l.failed() && some.size() < 20) some.add(l.article());
        });
        some.forEach(SharedAnalyzer.get()::analyze);
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** Times the results as they reach the store. */
    static final class Timing implements MapFunction<Analysed, Analysed> {
        static final AtomicLong COUNT = new AtomicLong(), FIRST = new AtomicLong(), LAST = new AtomicLong();

        static void reset() {
            COUNT.set(0);
            FIRST.set(0);
            LAST.set(0);
        }

        @Override
        public Analysed map(Analysed a) {
            long now = System.nanoTime();
            if (COUNT.getAndIncrement() == 0) FIRST.set(now);
            LAST.set(now);
            return a;
        }
    }
}
