package org.sitrep.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.flink.api.common.functions.MapFunction;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.cli.LocalIngest;
import org.sitrep.store.PostgresServer;

/**
 * Issue #9 end to end on real parts in this JVM: a KRaft Kafka broker, {@code sitrep ingest --kafka} publishing the
 * example and news-raw articles, the Flink job on a MiniCluster writing a PostgreSQL store (a throwaway server,
 * {@link PostgresServer}), and a local {@code sitrep ingest} of the same inputs writing a SQLite one. The stores must hold the same articles, copies, events, event clusters and
 * stories, after a clean run, after a task failure mid-stream, after a task manager is killed mid-stream, and after
 * a cancel and a restart from the retained checkpoint. The analyzer is loaded once for the local ingest and every job.
 */
@Timeout(value = 15, unit = java.util.concurrent.TimeUnit.MINUTES)
class IngestJobTest {

    /** news-raw articles published besides the example and the two copies: enough for stories and copies, few enough for CI. */
    static final int NEWS = Integer.getInteger("sitrep.stream.articles", 200);
    static final String TOPIC = "sitrep.articles";

    @TempDir
    static Path dir;
    static KafkaBroker kafka;
    static StoreSnapshot local;
    static long messages;
    private static int runs;

    @BeforeAll
    static void publishAndIngestLocally() throws Exception {
        List<String> inputs = TestCorpus.write(dir, NEWS);
        kafka = KafkaBroker.start(dir);
        kafka.createTopic(TOPIC, 1);
        List<String> publish = new ArrayList<>(inputs);
        publish.addAll(List.of("--kafka", kafka.bootstrap(), "--topic", TOPIC, "--error-log", dir.resolve("publish-errors.log").toString()));
        assertThat(LocalIngest.run(publish)).as("ingest --kafka exit code").isZero();
        messages = NEWS + 3; // the example, the news, the exact and the near copy

        Path localStore = dir.resolve("local/sitrep.db");
        List<String> ingest = new ArrayList<>(inputs);
        ingest.addAll(List.of("--db", localStore.toString(), "--threads", "1", "--no-progress"));
        assertThat(LocalIngest.ingest(SharedAnalyzer::get, ingest)).as("local ingest exit code").isZero();
        local = StoreSnapshot.of(localStore.toString());
        // the comparison means something only if the local store has all of these
        assertThat(local.originals()).hasSize((int) messages - 1);
        assertThat(local.duplicates()).isPositive();
        assertThat(local.events()).hasSizeGreaterThan(50);
        assertThat(local.eventClusters()).hasSizeLessThan(local.events().size());
        assertThat(local.stories()).hasSizeLessThan(local.originals().size());
    }

    @AfterAll
    static void stopKafka() {
        if (kafka != null) kafka.close();
    }

    @Test
    void theJobBuildsTheStoreALocalIngestBuilds() throws Exception {
        IngestJob.Settings s = settings(2);
        Probes.Counting.reset();
        runUntilDrained(s, new Probes.Counting());
        assertThat(Probes.Counting.RESULTS.get()).isEqualTo(messages);
        assertThat(StoreSnapshot.of(s.store())).isEqualTo(local);
    }

    @Test
    void aTaskThatFailsMidStreamRecoversFromItsCheckpointAndLosesOrDuplicatesNothing() throws Exception {
        IngestJob.Settings s = settings(2);
        Probes.Counting.reset();
        Probes.FailOnce.FAILED.set(false);
        runUntilDrained(s, new Probes.FailOnce(messages / 2));
        assertThat(Probes.FailOnce.FAILED).as("the failure was injected").isTrue();
        assertThat(StoreSnapshot.of(s.store())).isEqualTo(local);
    }

    @Test
    void aCancelledJobRestartedFromItsRetainedCheckpointLosesOrDuplicatesNothing() throws Exception {
        IngestJob.Settings s = settings(2);
        Probes.Counting.reset();
        JobClient first = start(s, new Probes.Counting());
        var firstResult = first.getJobExecutionResult();
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (!(Probes.Counting.RESULTS.get() >= messages / 3 && Probes.Counting.CHECKPOINTED.get() > 0)) {
            assertThat(System.nanoTime()).as("a third stored and a checkpoint of some within 5 minutes").isLessThan(deadline);
            Thread.sleep(100);
        }
        first.cancel().get();
        awaitEnd(firstResult);
        long storedAtCancel = StoreSnapshot.articleCount(s.store());
        assertThat(storedAtCancel).as("cancelled mid-stream").isBetween(1L, messages - 3);

        Path checkpoint = latestCheckpoint(Path.of(s.checkpoints().substring("file:".length())).resolve(first.getJobID().toString())).orElseThrow();
        Probes.Counting.RESULTS.set(0); // the messages seen stay: the restarted job need not see again what the checkpoint covers
        runUntilDrained(s.restoringFrom(checkpoint.toUri().toString()), new Probes.Counting());
        assertThat(Probes.Counting.RESULTS.get()).as("the restarted job resumed rather than starting over").isLessThan(messages);
        assertThat(StoreSnapshot.of(s.store())).isEqualTo(local);
    }

    /**
     * A task manager killed mid-stream: the job runs on a MiniCluster of two task managers with one slot each (so at
     * parallelism 2 it runs on both, and the kill surely hits it), the first is terminated once a third of the
     * messages are stored and a checkpoint covers some, and a fresh one is started in its place, as a cluster manager
     * would; the job restarts from its checkpoint on the new slot and must still build the local ingest's store.
     */
    @Test
    void aKilledTaskManagerLosesOrDuplicatesNothing() throws Exception {
        IngestJob.Settings s = settings(2);
        Probes.Counting.reset();
        org.apache.flink.configuration.Configuration conf = IngestJob.configuration(s);
        var config = new org.apache.flink.runtime.minicluster.MiniClusterConfiguration.Builder()
                .setConfiguration(conf).setNumTaskManagers(2).setNumSlotsPerTaskManager(1).build();
        try (var cluster = new org.apache.flink.runtime.minicluster.MiniCluster(config)) {
            cluster.start();
            StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(conf);
            IngestJob.build(env, s, new Probes.Counting());
            var job = cluster.submitJob(env.getStreamGraph().getJobGraph()).get().getJobID();
            long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
            while (!(Probes.Counting.RESULTS.get() >= messages / 3 && Probes.Counting.CHECKPOINTED.get() > 0)) {
                assertThat(System.nanoTime()).as("a third stored and a checkpoint of some within 5 minutes").isLessThan(deadline);
                Thread.sleep(100);
            }
            long storedAtKill = StoreSnapshot.articleCount(s.store());
            cluster.terminateTaskManager(0).get();
            cluster.startTaskManager();
            assertThat(storedAtKill).as("killed mid-stream").isBetween(1L, messages - 3);

            deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
            while (Probes.Counting.CHECKPOINTED.get() < messages) {
                assertThat(cluster.getJobStatus(job).get().isGloballyTerminalState()).as("the job ended before draining the topic").isFalse();
                assertThat(System.nanoTime()).as("the topic drained within 10 minutes").isLessThan(deadline);
                Thread.sleep(200);
            }
            assertThat(Probes.Counting.RESULTS.get()).as("the results after the restore replayed some of what the kill interrupted")
                    .isGreaterThan(messages);
            cluster.cancelJob(job).get();
            cluster.requestJobResult(job).get(2, java.util.concurrent.TimeUnit.MINUTES);
        }
        assertThat(StoreSnapshot.of(s.store())).isEqualTo(local);
    }

    @Test
    void ingestToKafkaPublishesWhatItCanReadAndReportsTheRestWithExitCode1() throws Exception {
        String topic = "sitrep.partly";
        Path example = dir.resolve("inputs/nrt-2019-11-19-isis-prison-breaks.txt");
        Path log = dir.resolve("partly-errors.log");
        int exit = LocalIngest.run(List.of(dir.resolve("no-such-file.txt").toString(), example.toString(),
                "--kafka", kafka.bootstrap(), "--topic", topic, "--error-log", log.toString()));
        assertThat(exit).isEqualTo(1);
        assertThat(Files.readString(log)).contains("no-such-file.txt").contains("no such file");
        try (var admin = org.apache.kafka.clients.admin.Admin.create(java.util.Map.<String, Object>of("bootstrap.servers", kafka.bootstrap()))) {
            var partition = new org.apache.kafka.common.TopicPartition(topic, 0);
            long end = admin.listOffsets(java.util.Map.of(partition, org.apache.kafka.clients.admin.OffsetSpec.latest())).partitionResult(partition).get().offset();
            assertThat(end).as("the topic was made and holds the one readable article").isEqualTo(1);
        }
    }

    /**
     * Runs the job until every message is stored and covered by a completed checkpoint (see {@link Probes.Counting}),
     * then cancels it. (A bounded job would end by itself, but a bounded Kafka source restored from a checkpoint never
     * ends: FLINK-31006. The group's committed offsets do not say it either: with unaligned checkpoints they can run
     * ahead of the store by the records in flight.)
     */
    private static void runUntilDrained(IngestJob.Settings s, MapFunction<Analysed, Analysed> probe) throws Exception {
        JobClient job = start(s, probe);
        var result = job.getJobExecutionResult(); // asked for now: a per-job MiniCluster answers no questions once the job is over
        long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        while (Probes.Counting.CHECKPOINTED.get() < messages) {
            assertThat(result).as("the job ended before draining the topic").isNotDone();
            assertThat(System.nanoTime()).as("the topic drained within 10 minutes").isLessThan(deadline);
            Thread.sleep(200);
        }
        job.cancel().get();
        awaitEnd(result);
    }

    /**
     * A fresh store, checkpoint folder and consumer group for each run: the runs share only the topic. The job writes
     * a PostgreSQL database of the test server (the deployment: Flink into PostgreSQL, compared with a local
     * ingest into SQLite); with {@code -Dsitrep.postgres=off} a SQLite file, so the job's guarantees are still checked.
     */
    private static IngestJob.Settings settings(int parallelism) throws Exception {
        Path run = Files.createDirectories(dir.resolve("run-" + ++runs));
        String store = PostgresServer.enabled() ? PostgresServer.get().database("stream_run_" + runs) : run.resolve("stream.db").toString();
        return new IngestJob.Settings(kafka.bootstrap(), TOPIC, "sitrep-test-" + runs, store, parallelism,
                run.resolve("checkpoints").toUri().toString(), Duration.ofMillis(500), false, null);
    }

    static JobClient start(IngestJob.Settings s, MapFunction<Analysed, Analysed> probe) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(IngestJob.configuration(s));
        IngestJob.build(env, s, probe);
        return env.executeAsync("sitrep stream test");
    }

    /** Waits for a cancelled job to end (its result is then the cancellation). */
    private static void awaitEnd(java.util.concurrent.CompletableFuture<?> result) throws Exception {
        result.handle((r, e) -> null).get(2, java.util.concurrent.TimeUnit.MINUTES);
    }

    /** The newest complete checkpoint (chk-N holding its _metadata) under a job's checkpoint folder. */
    static Optional<Path> latestCheckpoint(Path jobFolder) throws Exception {
        try (Stream<Path> dirs = Files.list(jobFolder)) {
            return dirs.filter(d -> d.getFileName().toString().startsWith("chk-") && Files.exists(d.resolve("_metadata")))
                    .max(Comparator.comparingLong(d -> Long.parseLong(d.getFileName().toString().substring(4))));
        }
    }
}
