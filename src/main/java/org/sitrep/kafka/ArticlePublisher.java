package org.sitrep.kafka;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.sitrep.model.Article;

/**
 * Publishes articles to a topic for the Flink job. The producer is idempotent with {@code acks=all}: a retried send
 * is written once, and a send counts as done only when every in-sync replica has it. Sends are asynchronous; the
 * outcome of each reaches its callback (on the producer's I/O thread), and {@link #close} waits for all of them.
 */
public final class ArticlePublisher implements AutoCloseable {

    /** A record may carry a whole input (an HTML page, a feed item): up to ingest's default --max-bytes and the JSON. */
    static final int MAX_REQUEST_BYTES = 32 * 1024 * 1024;

    private final KafkaProducer<byte[], byte[]> producer;
    private final String topic;

    private ArticlePublisher(KafkaProducer<byte[], byte[]> producer, String topic) {
        this.producer = producer;
        this.topic = topic;
    }

    /**
     * Connects to the cluster at {@code bootstrap} (host:port[,host:port…]) and creates the topic with the broker's
     * default partitions and replication when it does not exist.
     *
     * @throws KafkaUnavailableException when the cluster cannot be reached or the topic cannot be made
     */
    public static ArticlePublisher open(String bootstrap, String topic) throws KafkaUnavailableException {
        ensureTopic(bootstrap, topic);
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        p.put(ProducerConfig.CLIENT_ID_CONFIG, "sitrep-ingest");
        p.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "zstd"); // news text compresses ~4:1; the broker stores it as sent
        p.put(ProducerConfig.LINGER_MS_CONFIG, 20);
        p.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, MAX_REQUEST_BYTES);
        p.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 30_000);
        p.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 120_000);
        return new ArticlePublisher(new KafkaProducer<>(p, new ByteArraySerializer(), new ByteArraySerializer()), topic);
    }

    private static void ensureTopic(String bootstrap, String topic) throws KafkaUnavailableException {
        Map<String, Object> conf = Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 15_000, AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 15_000);
        try (Admin admin = Admin.create(conf)) {
            if (admin.listTopics().names().get(20, TimeUnit.SECONDS).contains(topic)) return;
            admin.createTopics(List.of(new NewTopic(topic, java.util.Optional.empty(), java.util.Optional.empty()))).all().get(20, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof TopicExistsException) return; // another publisher made it meanwhile
            if (e.getCause() instanceof org.apache.kafka.common.errors.TimeoutException) {
                throw new KafkaUnavailableException("no Kafka cluster answered at " + bootstrap + " within 15 s", e);
            }
            throw new KafkaUnavailableException("cannot use topic " + topic + " at " + bootstrap + ": " + e.getCause().getMessage(), e);
        } catch (TimeoutException e) {
            throw new KafkaUnavailableException("no Kafka cluster answered at " + bootstrap + " within 20 s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KafkaUnavailableException("interrupted while connecting to " + bootstrap, e);
        } catch (org.apache.kafka.common.KafkaException e) {
            throw new KafkaUnavailableException("cannot connect to Kafka at " + bootstrap + ": " + e.getMessage(), e);
        }
    }

    /**
     * Sends one article; {@code outcome} gets null when the cluster has it, or the reason it could not be sent.
     *
     * @param raw the input bytes the article was read from, or null
     */
    public void publish(Article article, byte[] raw, Consumer<String> outcome) {
        ProducerRecord<byte[], byte[]> record = new ProducerRecord<>(topic, ArticleMessages.key(article), ArticleMessages.value(article));
        if (raw != null) record.headers().add(ArticleMessages.RAW_HEADER, raw);
        try {
            producer.send(record, (meta, e) -> outcome.accept(e == null ? null : "not published: " + e.getMessage()));
        } catch (org.apache.kafka.common.KafkaException e) { // too large, or no metadata within max.block.ms
            outcome.accept("not published: " + e.getMessage());
        }
    }

    /** Waits until every send has its outcome, then closes the producer. */
    @Override
    public void close() {
        producer.flush();
        producer.close(Duration.ofMinutes(2));
    }

    /** The cluster cannot be reached, or the topic cannot be used. */
    public static final class KafkaUnavailableException extends Exception {
        KafkaUnavailableException(String message, Throwable cause) { super(message, cause); }
    }
}
