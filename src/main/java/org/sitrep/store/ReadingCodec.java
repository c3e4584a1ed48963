package org.sitrep.store;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The {@code articles.reading} column: the reading JSON compressed as a zlib stream (a BLOB), with its plain size in
 * {@code reading_bytes}. The JSON is half of an uncompressed store and compresses about 5 to 1. A zlib BLOB is what
 * the sqlite3 shell's {@code sqlar_uncompress(reading, reading_bytes)} reads, so the contract stays readable there.
 * A TEXT value (a store written before compression) is the JSON itself: the storage class is the format marker, and
 * the first byte ('{' for JSON, 0x78 for zlib) confirms it. Pure.
 */
final class ReadingCodec {

    private ReadingCodec() {}

    /** zlib's default level: on news-raw readings 4.9x smaller in 3.9 ms, where the best level gains 1% in twice the time. */
    static byte[] encode(String json) { return FeatureCodec.deflate(json.getBytes(StandardCharsets.UTF_8), java.util.zip.Deflater.DEFAULT_COMPRESSION); }

    static int plainBytes(String json) { return json.getBytes(StandardCharsets.UTF_8).length; }

    /** The JSON of column {@code col}, whichever way it was stored. */
    static String decode(ResultSet rs, int col) throws SQLException {
        Object v = rs.getObject(col);
        if (v == null) return null;
        if (v instanceof String s) return s;
        if (v instanceof byte[] b) return decode(b);
        throw new SQLException("unexpected reading value of " + v.getClass().getSimpleName());
    }

    static String decode(byte[] b) {
        if (b.length > 0 && b[0] == '{') return new String(b, StandardCharsets.UTF_8);
        return new String(FeatureCodec.inflate(b), StandardCharsets.UTF_8);
    }
}
