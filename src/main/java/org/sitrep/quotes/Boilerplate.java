package org.sitrep.quotes;

import java.util.List;
import org.sitrep.annotate.Token;

/**
 * Text around the news that reports nothing: an editor's note appended to every story of a section states the
 * outlet's standing position, and a participle between an article or number and its noun ("the pledged delegates",
 * "two declared candidates") describes the noun instead of reporting anyone's words.
 */
final class Boilerplate {

    private Boilerplate() {}

    /** Whether offset lies in a paragraph that opens with "Editor's note". */
    static boolean editorsNote(String text, int offset) {
        int p = text.lastIndexOf("\n", Math.max(0, offset - 1)) + 1;
        String head = text.substring(p, Math.min(text.length(), p + 14)).replace('’', '\'');
        return head.regionMatches(true, 0, "Editor's note", 0, 13);
    }

    /** Whether the verb at c stands between an article, number or possessive and the common noun it modifies. */
    static boolean attributive(List<Token> toks, int c) {
        if (c == 0 || c + 1 >= toks.size() || !toks.get(c).pos().matches("VBN|VBD|JJ")) return false;
        Token before = toks.get(c - 1), after = toks.get(c + 1);
        boolean opens = before.word().matches("(?i)a|an|the") || before.pos().matches("CD|PRP\\$|POS");
        return opens && after.pos().matches("NNS?") && before.sentence() == after.sentence();
    }
}
