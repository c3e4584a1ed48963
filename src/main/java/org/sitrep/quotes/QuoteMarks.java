package org.sitrep.quotes;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the spans inside quotation marks, paragraph by paragraph, as news copy writes them: curly or straight
 * marks, a quote that runs over several paragraphs (each reopened with “ and closed only at the end), and a
 * closing mark whose opening mark was lost ("They have secretly crossed …,” he told CNN). Two apostrophes ('')
 * count as a straight double mark: archives of the New York Times and other typewriter-era copy print every
 * quotation that way.
 */
final class QuoteMarks {

    /** Content between the marks (marks excluded); {@code openMissing} when the quote started at the paragraph. */
    record Span(int start, int end, boolean openMissing) {}

    private QuoteMarks() {}

    static List<Span> find(String text) {
        List<Span> out = new ArrayList<>();
        List<int[]> paragraphs = paragraphs(text);
        int carriedOpen = -1; // a quote still open from the paragraph before
        for (int[] p : paragraphs) {
            int open = -1;
            boolean straightOpen = false;
            int from = p[0];
            if (carriedOpen >= 0) {
                int reopen = p[0] >= text.length() ? 0 : text.startsWith("''", p[0]) ? 2 : isOpening(text.charAt(p[0])) ? 1 : 0;
                if (reopen > 0) {
                    open = carriedOpen; // the quote goes on in this paragraph; its reopening mark is not a new quote
                    straightOpen = text.charAt(p[0]) != '“' && text.charAt(p[0]) != '«';
                    from = p[0] + reopen;
                } else {
                    out.add(trimmed(text, carriedOpen, lastContentEnd(text, p[0]), false));
                }
                carriedOpen = -1;
            }
            for (int i = from; i < p[1]; i++) {
                char c = text.charAt(i);
                boolean curlyOpen = open >= 0 && !straightOpen;
                // “It's unusual,“ said Noble / “We'll build a wall," he said: copy mixing its marks closes a curly
                // quote with an opening or a straight mark; right after a word, that mark can only be closing.
                if (curlyOpen && (c == '“' || c == '"') && closesWord(text, i)) {
                    out.add(trimmed(text, open, i, false));
                    open = -1;
                } else if (c == '“' || c == '«') {
                    if (open < 0) open = i + 1;
                } else if (c == '”' || c == '»') {
                    if (open >= 0) out.add(trimmed(text, open, i, false));
                    else out.add(trimmed(text, firstNonSpace(text, p[0]), i, true));
                    open = -1;
                    straightOpen = false;
                } else if (threeApostrophes(text, i, straightOpen && open >= 0)) {
                    // ''Kosovo is a 'special case,''' he said: a quote inside a quote ends (or starts) with the outer one.
                    if (straightOpen && open >= 0) {
                        out.add(trimmed(text, open, i + 1, false));
                        straightOpen = false;
                        open = -1;
                    } else {
                        straightOpen = true;
                        open = i + 2;
                    }
                    i += 2;
                } else if (c == '"' || twoApostrophes(text, i)) {
                    int width = c == '"' ? 1 : 2;
                    if (!straightOpen || open < 0) {
                        straightOpen = true;
                        open = i + width;
                    } else {
                        out.add(trimmed(text, open, i, false));
                        straightOpen = false;
                        open = -1;
                    }
                    i += width - 1;
                }
            }
            if (open >= 0) carriedOpen = open;
        }
        if (carriedOpen >= 0) out.add(trimmed(text, carriedOpen, text.length(), false));
        out.removeIf(s -> s.end() <= s.start());
        return out;
    }

    static boolean isOpening(char c) { return c == '“' || c == '"' || c == '«'; }

    /** Whether the token {@code word} at {@code start} opens a quotation: an opening mark, or '' or `` before a word. */
    static boolean opens(String text, String word, int start) {
        if (word.equals("``")) return true;
        if (word.equals("''")) {
            int after = start + 2;
            return after < text.length() && !Character.isWhitespace(text.charAt(after))
                    && (start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1)));
        }
        return !word.isEmpty() && isOpening(word.charAt(0));
    }

    /** A mark at {@code i} right after a word and before a space, punctuation or the end. */
    private static boolean closesWord(String text, int i) {
        if (i == 0 || Character.isWhitespace(text.charAt(i - 1))) return false;
        return i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1)) || ".,;:!?)".indexOf(text.charAt(i + 1)) >= 0;
    }

    /** Exactly two apostrophes at {@code i}: a double quotation mark in typewriter copy. */
    private static boolean twoApostrophes(String text, int i) {
        return text.startsWith("''", i) && !text.startsWith("'''", i) && (i == 0 || text.charAt(i - 1) != '\'');
    }

    /**
     * Three apostrophes at {@code i} that close a typewriter quote after a word ("special case,'''") or open one before
     * a word ("'''Hey, he's for real,' I told them''"); standing alone they are neither.
     */
    private static boolean threeApostrophes(String text, int i, boolean closing) {
        if (!text.startsWith("'''", i) || text.startsWith("''''", i) || i > 0 && text.charAt(i - 1) == '\'') return false;
        return closing ? i > 0 && !Character.isWhitespace(text.charAt(i - 1))
                : i + 3 < text.length() && !Character.isWhitespace(text.charAt(i + 3));
    }

    /** [start, end) of each paragraph (blocks separated by blank lines). */
    static List<int[]> paragraphs(String text) {
        List<int[]> out = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int brk = text.indexOf("\n\n", start);
            int end = brk < 0 ? text.length() : brk;
            if (end > start) out.add(new int[] {start, end});
            start = brk < 0 ? text.length() : brk + 2;
            while (start < text.length() && text.charAt(start) == '\n') start++;
        }
        return out;
    }

    private static int firstNonSpace(String text, int i) {
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) i++;
        return i;
    }

    private static int lastContentEnd(String text, int i) {
        while (i > 0 && Character.isWhitespace(text.charAt(i - 1))) i--;
        return i;
    }

    private static Span trimmed(String text, int start, int end, boolean openMissing) {
        while (start < end && Character.isWhitespace(text.charAt(start))) start++;
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) end--;
        return new Span(start, end, openMissing);
    }

    /** At most one paragraph break between: a speaker quoted further back is no longer the one talking. */
    static boolean adjacentParagraphs(String text, int from, int to) {
        int breaks = 0;
        for (int i = text.indexOf("\n\n", from); i >= 0 && i < to; i = text.indexOf("\n\n", i + 2)) breaks++;
        return breaks <= 1;
    }

    /** Whether the line before a quote ends in a colon: it has an introducer of its own ("Pew Research: “…”"). */
    static boolean afterColon(String text, int start) {
        return text.substring(text.lastIndexOf('\n', Math.max(0, start - 1)) + 1, start).replaceAll("[\\s\"“”‘’'`]+$", "").endsWith(":");
    }

    /** Whether an offset lies inside a quotation. */
    static boolean inside(List<Span> marks, int offset) {
        for (Span m : marks) if (m.start() <= offset && offset < m.end()) return true;
        return false;
    }

    /** Whether a whole quotation lies within [start, end). */
    static boolean inside(List<Span> marks, int start, int end) {
        for (Span m : marks) if (start <= m.start() && m.end() <= end) return true;
        return false;
    }

    /** Whether a quotation opens within [start, end). */
    static boolean opensIn(List<Span> marks, int start, int end) {
        for (Span m : marks) if (start <= m.start() && m.start() < end) return true;
        return false;
    }

    /** The quotation's length in words. */
    static int words(String text, Span s) { return text.substring(s.start(), s.end()).split("\\s+").length; }
}
