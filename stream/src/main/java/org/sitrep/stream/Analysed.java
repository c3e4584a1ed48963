package org.sitrep.stream;

/**
 * The outcome of analysing one message, passed on in a form every operator can serialise: the reading as contract
 * JSON (which the store's own clusterer reads back the same way), or the reason there is none. Every message yields
 * exactly one of these, failures included, so {@link Reorder} never waits for a sequence number that cannot come.
 *
 * @param contentHash the article's content hash, or null when the message was not an article
 * @param source      the input the article was read from, for failure lines
 */
public record Analysed(int partition, long offset, long sequence, String contentHash, String source, String readingJson,
                       byte[] raw, String error) {

    public boolean failed() { return error != null; }
}
