package org.sitrep.quotes;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.annotate.Token;

/**
 * Text around the news that reports nothing: an editor's note appended to every story of a section states the
 * outlet's standing position, and a participle between an article or number and its noun ("the pledged delegates",
 * "two declared candidates") describes the noun instead of reporting anyone's words.
 */
final class Boilerplate {

    private Boilerplate() {}

    /** The paragraphs that open with "Editor's note", as [start, end) offsets; found once per article, not per token. */
    static List<int[]> editorsNotes(String text) {
        List<int[]> out = new ArrayList<>();
        for (int p = 0; p <= text.length(); ) {
            int nl = text.indexOf('\n', p);
            int end = nl < 0 ? text.length() : nl;
            String head = text.substring(p, Math.min(text.length(), p + 14)).replace('’', '\'');
            if (head.regionMatches(true, 0, "Editor's note", 0, 13)) out.add(new int[] {p, end + 1});
            p = end + 1;
        }
        return out;
    }

    /** Whether offset lies in one of the paragraphs. */
    static boolean within(List<int[]> paragraphs, int offset) {
        for (int[] r : paragraphs) if (r[0] <= offset && offset < r[1]) return true;
        return false;
    }

    /** Whether the verb at c stands between an article, number or possessive and the common noun it modifies. */
    static boolean attributive(List<Token> toks, int c) {
        if (c == 0 || c + 1 >= toks.size() || !toks.get(c).pos().matches("VBN|VBD|JJ")) return false;
        Token before = toks.get(c - 1), after = toks.get(c + 1);
        boolean opens = before.word().matches("(?i)a|an|the") || before.pos().matches("CD|PRP\\$|POS");
        return opens && after.pos().matches("NNS?") && before.sentence() == after.sentence();
    }
}
