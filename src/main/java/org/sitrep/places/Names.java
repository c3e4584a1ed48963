package org.sitrep.places;

import java.text.Normalizer;
import java.util.Locale;

/** Lookup keys for place names; tools/build-gazetteer.py computes the same keys for the shipped gazetteer. */
final class Names {
    private Names() {}

    /** NFKD without combining marks, lower case, hyphens as spaces, no dots or apostrophes, single spaces. */
    static String key(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFKD);
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) continue;
            if (c == '.' || c == '\'' || c == '\u2019' || c == '\u2018' || c == '`') continue;
            if (c == '-' || Character.isWhitespace(c)) { space = b.length() > 0; continue; }
            if (space) { b.append(' '); space = false; }
            b.append(Character.toLowerCase(c));
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }

    /** 64-bit FNV-1a of a key: the gazetteer indexes hashes, not strings, to stay small in memory. */
    static long hash(CharSequence key, int from, int to) {
        long h = 0xcbf29ce484222325L;
        for (int i = from; i < to; i++) {
            h ^= key.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }

    static long hash(String key) { return hash(key, 0, key.length()); }
}
