package org.sitrep.ingest;

/**
 * How to read inputs.
 *
 * @param published publication date to use when the input carries none (ISO yyyy-MM-dd), or null
 * @param format    "auto" (by extension, then by content), "txt", "html" or "jsonl"
 * @param maxBytes  inputs larger than this are refused
 */
public record ReadOptions(String published, String format, long maxBytes) {
    public static ReadOptions defaults() { return new ReadOptions(null, "auto", TextDecoder.DEFAULT_MAX_BYTES); }

    public ReadOptions withPublished(String date) { return new ReadOptions(date, format, maxBytes); }
}
