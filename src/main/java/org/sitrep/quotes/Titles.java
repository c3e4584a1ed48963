package org.sitrep.quotes;

import java.util.List;
import java.util.Locale;
import org.sitrep.annotate.Annotated;
import org.sitrep.annotate.Token;

/**
 * Quoted titles: "said on CNN's “State of the Union”", "told “Good Morning America”", "in his book “A Long Road
 * Home.”" A short title-case phrase in quotation marks after a preposition, a possessive, a noun or a verb of telling
 * names a show, book or programme; it is not something anyone said. So does one no cue attributes to anyone.
 */
final class Titles {

    private static final int MAX_WORDS = 8;

    private Titles() {}

    static boolean quoted(Annotated a, QuoteMarks.Span m) {
        if (!titleCase(a.text(), m)) return false;
        List<Token> toks = a.tokens();
        int k = a.firstTokenAtOrAfter(m.start()) - 1;
        while (k >= 0 && toks.get(k).word().matches("``|''|[“”‘’\"'`]")) k--;
        if (k < 0) return false;
        Token before = toks.get(k);
        return before.pos().matches("IN|TO|POS|NNS?|NNPS?") || before.lemma().toLowerCase(Locale.ROOT).equals("tell");
    }

    /** A short phrase of capitalised words ("Orange Is the New Black", "Defeat Crooked Politicians PAC"): a name or title. */
    static boolean titleCase(String text, QuoteMarks.Span m) {
        String raw = text.substring(m.start(), m.end());
        String inner = raw.strip().replaceAll("[.,;:’'”\"]+$", "");
        String[] words = inner.split("\\s+");
        if (words.length < 2 || words.length > MAX_WORDS || raw.contains("?") || raw.contains("!")) return false; // a question or an exclamation is speech
        boolean capital = false;
        for (String w : words) {
            String letters = w.replaceAll("[^\\p{L}]", "");
            if (letters.isEmpty()) continue;
            boolean upper = Character.isUpperCase(letters.charAt(0));
            if (!upper && letters.length() >= 4) return false; // a content word in lower case: running speech
            capital |= upper;
        }
        return capital && (Character.isUpperCase(inner.replaceAll("^[^\\p{L}\\p{N}]+", "").codePointAt(0)) || Character.isDigit(inner.charAt(0)));
    }
}
