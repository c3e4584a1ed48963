package org.sitrep.events;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.annotate.Token;

/** Builds tokens from "word/POS/lemma" triples for unit tests (offsets as if joined by single spaces). */
final class Toks {
    private static final java.util.Map<String, String> BE = java.util.Map.of("is", "be", "are", "be", "was", "be", "were", "be",
            "been", "be", "being", "be", "am", "be", "has", "have", "had", "have", "did", "do");

    private Toks() {}

    static List<Token> of(String tagged) {
        List<Token> out = new ArrayList<>();
        int at = 0;
        for (String t : tagged.split(" ")) {
            String[] f = t.split("/");
            String lemma = f.length > 2 ? f[2] : BE.getOrDefault(f[0].toLowerCase(), f[0].toLowerCase());
            out.add(new Token(out.size(), 0, f[0], at, at + f[0].length(), f[1], lemma, "O"));
            at += f[0].length() + 1;
        }
        return out;
    }
}
