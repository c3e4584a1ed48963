package org.sitrep.annotate;

import java.util.List;
import org.sitrep.model.Sentence;

/** The annotator's output for one text: immutable, free of CoreNLP types. */
public record Annotated(String text, List<Sentence> sentences, List<Token> tokens, List<TimeExpression> times) {

    public Annotated {
        sentences = List.copyOf(sentences);
        tokens = List.copyOf(tokens);
        times = List.copyOf(times);
    }

    /** Tokens of sentence {@code s}, in order. */
    public List<Token> tokensOf(Sentence s) {
        int from = firstTokenAtOrAfter(s.start());
        int to = firstTokenAtOrAfter(s.end());
        return tokens.subList(from, to);
    }

    /** Index of the first token starting at or after {@code offset} (binary search). */
    public int firstTokenAtOrAfter(int offset) {
        int lo = 0, hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).start() < offset) lo = mid + 1; else hi = mid;
        }
        return lo;
    }
}
