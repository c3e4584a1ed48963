package org.sitrep.stream;

import java.time.Duration;
import java.util.concurrent.Callable;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.functions.MapFunction;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.configuration.CheckpointingOptions;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.ExternalizedCheckpointRetention;
import org.apache.flink.configuration.RestartStrategyOptions;
import org.apache.flink.configuration.StateRecoveryOptions;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.KafkaSourceBuilder;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.flink.core.execution.CheckpointingMode;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.DataStreamUtils;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.kafka.clients.consumer.OffsetResetStrategy;
import org.sitrep.kafka.ArticleMessages;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The job: Kafka topic of articles → sequence numbers per partition → analysis at the job's parallelism → back into
 * topic order → one writer calling {@code Store.put}. Checkpoints are exactly-once (aligned barriers) on a file
 * system and kept on cancellation, so a job can be restarted from its last one; a failed task restarts from the
 * last checkpoint on its own. Run it with {@code flink run} on a cluster, or as a plain Java program (a local
 * MiniCluster). docs/scaling.md explains the operators and their sizing.
 */
@Command(name = "sitrep-stream", mixinStandardHelpOptions = true,
        description = "Analyse the articles of a Kafka topic (published by 'sitrep ingest --kafka') and keep them in a store.")
public final class IngestJob implements Callable<Integer> {

    /** What the job reads, where it writes, and how it runs. */
    public record Settings(String bootstrap, String topic, String group, String store, int parallelism, String checkpoints,
                           Duration checkpointInterval, boolean bounded, String restoreFrom) {

        public Settings {
            if (parallelism < 1) throw new IllegalArgumentException("parallelism must be at least 1");
        }

        public Settings restoringFrom(String path) {
            return new Settings(bootstrap, topic, group, store, parallelism, checkpoints, checkpointInterval, bounded, path);
        }
    }

    @Option(names = "--bootstrap", required = true, paramLabel = "HOST:PORT", description = "Kafka bootstrap servers.")
    String bootstrap;
    @Option(names = "--topic", defaultValue = ArticleMessages.DEFAULT_TOPIC, description = "Default: ${DEFAULT-VALUE}.")
    String topic;
    @Option(names = "--group", defaultValue = "sitrep-stream", description = "Consumer group (offsets committed on each checkpoint). Default: ${DEFAULT-VALUE}.")
    String group;
    @Option(names = "--store", required = true, paramLabel = "LOCATION", description = "The store the readings go to.")
    String store;
    @Option(names = "--parallelism", defaultValue = "1", description = "Analysis slots. Default: ${DEFAULT-VALUE}.")
    int parallelism;
    @Option(names = "--checkpoint-dir", required = true, paramLabel = "URI", description = "Checkpoint storage, e.g. file:///var/sitrep/ckpt or s3://bucket/ckpt.")
    String checkpoints;
    @Option(names = "--checkpoint-interval", defaultValue = "PT10S", description = "ISO-8601 duration. Default: ${DEFAULT-VALUE}.")
    Duration checkpointInterval;
    @Option(names = "--bounded", description = {"Stop at the end of the topic as it is when the job starts (a backfill; the default runs forever).",
            "A bounded job restored from a checkpoint does not stop (Kafka connector bug FLINK-31006): restore unbounded."})
    boolean bounded;
    @Option(names = "--restore", paramLabel = "PATH", description = "Start from this retained checkpoint or savepoint (a chk-N directory).")
    String restoreFrom;

    public static void main(String[] args) {
        System.exit(new CommandLine(new IngestJob()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        Settings s = new Settings(bootstrap, topic, group, store, parallelism, checkpoints, checkpointInterval, bounded, restoreFrom);
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(configuration(s));
        build(env, s, null);
        JobExecutionResult result = env.execute("sitrep ingest from " + s.topic());
        System.err.printf("sitrep-stream: job %s finished in %.1f s%n", result.getJobID(), result.getNetRuntime() / 1000.0);
        return 0;
    }

    /** Checkpointing, checkpoint storage, retention and restarts, as the job needs them on any cluster. */
    public static Configuration configuration(Settings s) {
        Configuration c = new Configuration();
        c.set(CheckpointingOptions.CHECKPOINTING_INTERVAL, s.checkpointInterval());
        c.set(CheckpointingOptions.CHECKPOINTING_CONSISTENCY_MODE, CheckpointingMode.EXACTLY_ONCE);
        // The analysis is slow (a tenth of a second and more per article) and the source fast, so the channels fill up and
        // an aligned barrier would wait behind every buffered article: after 1 s of waiting the barrier overtakes them
        // and they go into the checkpoint instead (unaligned), so checkpoints stay frequent under backpressure.
        c.set(CheckpointingOptions.ENABLE_UNALIGNED, true);
        c.set(CheckpointingOptions.ALIGNED_CHECKPOINT_TIMEOUT, Duration.ofSeconds(1));
        c.set(CheckpointingOptions.CHECKPOINT_STORAGE, "filesystem");
        c.set(CheckpointingOptions.CHECKPOINTS_DIRECTORY, s.checkpoints());
        c.set(CheckpointingOptions.EXTERNALIZED_CHECKPOINT_RETENTION, ExternalizedCheckpointRetention.RETAIN_ON_CANCELLATION);
        c.set(CheckpointingOptions.MAX_RETAINED_CHECKPOINTS, 3);
        c.set(RestartStrategyOptions.RESTART_STRATEGY, "fixed-delay");
        c.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_ATTEMPTS, 10);
        c.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_DELAY, Duration.ofSeconds(2));
        if (s.restoreFrom() != null) c.set(StateRecoveryOptions.SAVEPOINT_PATH, s.restoreFrom());
        return c;
    }

    /**
     * Adds the job's operators to {@code env}. Every operator has a uid, so a checkpoint of one build restores into
     * another. {@code probe}, when given, sees every result just before the store, in store order (tests count or
     * fail there).
     */
    @SuppressWarnings("deprecation") // the connector's committedOffsets takes Kafka's OffsetResetStrategy, deprecated in Kafka 4
    public static void build(StreamExecutionEnvironment env, Settings s, MapFunction<Analysed, Analysed> probe) {
        env.setParallelism(s.parallelism());
        KafkaSourceBuilder<ArticleRecord> source = KafkaSource.<ArticleRecord>builder()
                .setBootstrapServers(s.bootstrap())
                .setTopics(s.topic())
                .setGroupId(s.group())
                // a restored job starts from its checkpoint; a new one from the group's committed offsets, else the beginning
                .setStartingOffsets(OffsetsInitializer.committedOffsets(OffsetResetStrategy.EARLIEST))
                .setDeserializer(new ArticleDeserializer())
                .setProperty("commit.offsets.on.checkpoint", "true")
                .setProperty("max.partition.fetch.bytes", String.valueOf(32 * 1024 * 1024));
        if (s.bounded()) source.setBounded(OffsetsInitializer.latest());
        DataStream<ArticleRecord> read = env.fromSource(source.build(), WatermarkStrategy.noWatermarks(), "kafka " + s.topic()).uid("kafka-source");
        DataStream<Analysed> analysed = read
                .keyBy(ArticleRecord::partition, Types.INT).process(new Sequencer()).uid("sequencer").name("number per partition")
                .rebalance()
                .map(new Analyse()).uid("analyse").name("analyse");
        DataStream<Analysed> ordered = analysed.keyBy(Analysed::partition, Types.INT).process(new Reorder()).uid("reorder").name("topic order")
                .setParallelism(1);
        if (probe != null) ordered = ordered.map(probe).uid("probe").name("probe").setParallelism(1);
        // keyed on one constant without a shuffle: the stream is already in store order on one subtask, and a network
        // edge here would put in-flight records into unaligned checkpoints between the order and the store
        DataStream<Placed> placed = DataStreamUtils.reinterpretAsKeyedStream(ordered, a -> Place.KEY, Types.STRING)
                .process(new Place(s.store())).uid("place").name("place (dedup, stories, events)").setParallelism(1);
        placed.sinkTo(new StoreSink(s.store())).uid("store").name("store " + StoreLocation.shown(s.store())).setParallelism(1);
    }
}
