package org.sitrep.stream;

/**
 * One message of the topic as the job carries it: where it was in the topic, its position in its partition's
 * sequence ({@link Sequencer}; -1 until numbered), the article JSON and the raw input bytes (null when not sent).
 */
public record ArticleRecord(int partition, long offset, long sequence, byte[] value, byte[] raw) {

    public ArticleRecord numbered(long n) { return new ArticleRecord(partition, offset, n, value, raw); }
}
