package org.sitrep.time;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.annotate.Annotated;
import org.sitrep.annotate.TimeExpression;
import org.sitrep.annotate.Token;
import org.sitrep.model.Sentence;

/** Hand-made one-sentence annotations for tests: "word/POS" pairs joined by single spaces. */
final class Tagged {

    private Tagged() {}

    static List<Token> tokens(String tagged) {
        List<Token> out = new ArrayList<>();
        int offset = 0;
        for (String wp : tagged.split(" ")) {
            int slash = wp.lastIndexOf('/');
            String w = wp.substring(0, slash);
            String pos = wp.substring(slash + 1);
            String ner = pos.equals("NNP-PER") ? "PERSON" : "O";
            out.add(new Token(out.size(), 0, w, offset, offset + w.length(), ner.equals("PERSON") ? "NNP" : pos, w, ner));
            offset += w.length() + 1;
        }
        return out;
    }

    static Annotated annotated(String tagged, TimeExpression... times) {
        List<Token> tokens = tokens(tagged);
        String text = String.join(" ", tokens.stream().map(Token::word).toList());
        return new Annotated(text, List.of(new Sentence(0, 0, text.length())), tokens, List.of(times));
    }

    /** The expression {@code words} as found in {@code a}'s text (first occurrence). */
    static TimeExpression at(Annotated a, String words, String type, String value) {
        int start = a.text().indexOf(words);
        if (start < 0) throw new IllegalArgumentException(words + " not in " + a.text());
        return new TimeExpression(words, type, value, start, start + words.length(), 0);
    }
}
