package org.sitrep.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;

/** Checks raw bytes before they become text: empty, too large, binary or not UTF-8 inputs are refused with a reason. */
public final class TextDecoder {

    /** Inputs above this size are refused: no news article is this long, and CoreNLP's memory grows with it. */
    public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;

    private TextDecoder() {}

    public static void checkSize(long size, long maxBytes) throws IngestException {
        if (size == 0) throw new IngestException("empty input");
        if (size > maxBytes) {
            throw new IngestException(String.format("too large: %.1f MB (the limit is %.1f MB; raise it with --max-bytes)",
                    size / 1048576.0, maxBytes / 1048576.0));
        }
    }

    /** True when the bytes look like a binary file rather than text (NUL bytes or many control characters). */
    public static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, 8192), control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xff;
            if (b == 0) return true;
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') control++;
        }
        return n > 0 && control * 20 > n;
    }

    /** Refuses binary data, naming compressed archives so the user knows what to do with them. */
    public static void checkNotBinary(byte[] head, String expected) throws IngestException {
        if (head.length >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b) {
            throw new IngestException("gzip-compressed, not " + expected + "; decompress it first (e.g. zcat FILE | sitrep analyze -)");
        }
        if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            throw new IngestException("a zip archive, not " + expected + "; unpack it first");
        }
        // Windows PowerShell 5 writes UTF-16 with a byte-order mark when output is redirected to a file.
        if (head.length >= 2 && ((head[0] & 0xff) == 0xff && (head[1] & 0xff) == 0xfe || (head[0] & 0xff) == 0xfe && (head[1] & 0xff) == 0xff)) {
            throw new IngestException("UTF-16 text, not UTF-8; convert it first, e.g. iconv -f utf-16 -t utf-8");
        }
        if (looksBinary(head)) throw new IngestException("binary file, not " + expected);
    }

    /** Strict UTF-8 (a BOM is dropped); refuses binary data and malformed sequences, naming the byte offset. */
    public static String utf8(byte[] bytes) throws IngestException {
        checkNotBinary(bytes, "text");
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        try {
            String s = decoder.decode(in).toString();
            return s.startsWith("\uFEFF") ? s.substring(1) : s;
        } catch (MalformedInputException e) {
            throw new IngestException("not valid UTF-8 (malformed byte at offset " + in.position()
                    + "); convert it first, e.g. iconv -f windows-1252 -t utf-8");
        } catch (CharacterCodingException e) {
            throw new IngestException("not valid UTF-8: " + e.getMessage());
        }
    }
}
