package org.sitrep.store;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import org.sitrep.cluster.DocumentFeatures;

/**
 * A document's clustering features as a small BLOB (about 1 KB): lines of text ("w term count", "n name", "# number",
 * "d date", tab-separated), deflated. Stored per article so that a later ingest continues the same stories, with the
 * same term statistics, without analysing anything again. Pure.
 */
final class FeatureCodec {

    private static final String VERSION = "f1";

    private FeatureCodec() {}

    static byte[] encode(DocumentFeatures f) {
        StringBuilder sb = new StringBuilder(VERSION).append('\t').append(f.published() == null ? "-" : f.published().toString()).append('\n');
        new TreeMap<>(f.terms()).forEach((t, n) -> sb.append("w\t").append(clean(t)).append('\t').append(n).append('\n'));
        for (String n : new TreeSet<>(f.names())) sb.append("n\t").append(clean(n)).append('\n');
        for (String n : new TreeSet<>(f.numbers())) sb.append("#\t").append(clean(n)).append('\n');
        for (String d : new TreeSet<>(f.dates())) sb.append("d\t").append(clean(d)).append('\n');
        return deflate(sb.toString().getBytes(StandardCharsets.UTF_8));
    }

    static DocumentFeatures decode(String id, byte[] blob) {
        String[] lines = new String(inflate(blob), StandardCharsets.UTF_8).split("\n");
        String[] head = lines[0].split("\t");
        if (!VERSION.equals(head[0])) throw new IllegalArgumentException("unknown feature format " + head[0]);
        LocalDate published = head.length < 2 || head[1].equals("-") ? null : LocalDate.parse(head[1]);
        Map<String, Integer> terms = new HashMap<>();
        Set<String> names = new HashSet<>(), numbers = new HashSet<>(), dates = new HashSet<>();
        for (int i = 1; i < lines.length; i++) {
            String[] p = lines[i].split("\t");
            if (p.length < 2) continue;
            switch (p[0]) {
                case "w" -> terms.put(p[1], p.length > 2 ? Integer.parseInt(p[2]) : 1);
                case "n" -> names.add(p[1]);
                case "#" -> numbers.add(p[1]);
                case "d" -> dates.add(p[1]);
                default -> { } // a later kind of feature: ignored by this reader
            }
        }
        return new DocumentFeatures(id, published, terms, names, numbers, dates);
    }

    private static String clean(String s) { return s.replace('\t', ' ').replace('\n', ' '); }

    static byte[] deflate(byte[] in) { return deflate(in, Deflater.BEST_COMPRESSION); }

    /** A zlib stream (the format of zlib's compress(), which sqlite3's sqlar_uncompress reads). */
    static byte[] deflate(byte[] in, int level) {
        Deflater d = new Deflater(level);
        try {
            d.setInput(in);
            d.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(in.length / 3 + 16);
            byte[] buf = new byte[8192];
            while (!d.finished()) out.write(buf, 0, d.deflate(buf));
            return out.toByteArray();
        } finally {
            d.end();
        }
    }

    static byte[] inflate(byte[] in) {
        Inflater i = new Inflater();
        try {
            i.setInput(in);
            ByteArrayOutputStream out = new ByteArrayOutputStream(in.length * 4);
            byte[] buf = new byte[8192];
            while (!i.finished()) {
                int n = i.inflate(buf);
                if (n == 0 && (i.needsInput() || i.needsDictionary())) throw new IllegalArgumentException("truncated deflate data");
                out.write(buf, 0, n);
            }
            return out.toByteArray();
        } catch (DataFormatException e) {
            throw new IllegalArgumentException("corrupt deflate data: " + e.getMessage(), e);
        } finally {
            i.end();
        }
    }
}
