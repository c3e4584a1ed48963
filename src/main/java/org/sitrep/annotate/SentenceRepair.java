package org.sitrep.annotate;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;

/**
 * Undoes CoreNLP's sentence breaks after abbreviations it does not know.
 *
 * <p>News writes party and state after a politician's name: "Sen. Rand Paul (R-Ky.) said …". CoreNLP
 * keeps "R-Ky" as one token, reads the period as a full stop and starts a new sentence at "said", which
 * cuts every such attribution from its speaker. Edited news does not begin a sentence with a lowercase
 * word, so a break after a period (or a period and a closing bracket) that is followed on the same line by an
 * all-lowercase word is joined back. A line break between them is left alone: it may end a heading or a paragraph.
 * Runs before tagging, so the tagger sees the whole sentence.
 */
final class SentenceRepair {

    private SentenceRepair() {}

    /** Joins wrongly split sentences of {@code doc} in place; returns how many breaks it removed. */
    static int join(Annotation doc, String text) {
        List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
        if (sentences == null || sentences.size() < 2) return 0;
        List<List<CoreLabel>> groups = new ArrayList<>();
        List<CoreLabel> current = new ArrayList<>(sentences.get(0).get(CoreAnnotations.TokensAnnotation.class));
        for (int s = 1; s < sentences.size(); s++) {
            List<CoreLabel> next = sentences.get(s).get(CoreAnnotations.TokensAnnotation.class);
            if (wronglySplit(current, next, text)) {
                current.addAll(next);
            } else {
                groups.add(current);
                current = new ArrayList<>(next);
            }
        }
        groups.add(current);
        int joined = sentences.size() - groups.size();
        if (joined == 0) return 0;
        List<CoreMap> rebuilt = new ArrayList<>(groups.size());
        int tokenIndex = 0;
        for (int s = 0; s < groups.size(); s++) {
            List<CoreLabel> tokens = groups.get(s);
            int begin = tokens.get(0).beginPosition(), end = tokens.get(tokens.size() - 1).endPosition();
            Annotation sentence = new Annotation(text.substring(begin, end));
            sentence.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
            sentence.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
            sentence.set(CoreAnnotations.TokensAnnotation.class, tokens);
            sentence.set(CoreAnnotations.SentenceIndexAnnotation.class, s);
            sentence.set(CoreAnnotations.TokenBeginAnnotation.class, tokenIndex);
            tokenIndex += tokens.size();
            sentence.set(CoreAnnotations.TokenEndAnnotation.class, tokenIndex);
            for (CoreLabel t : tokens) t.setSentIndex(s);
            rebuilt.add(sentence);
        }
        doc.set(CoreAnnotations.SentencesAnnotation.class, rebuilt);
        return joined;
    }

    static boolean wronglySplit(List<CoreLabel> before, List<CoreLabel> after, String text) {
        if (before.isEmpty() || after.isEmpty()) return false;
        int last = before.size() - 1;
        if (last > 0 && isClosingBracket(before.get(last).originalText())) last--;
        CoreLabel end = before.get(last);
        if (!end.originalText().endsWith(".") || end.originalText().endsWith("..")) return false;
        CoreLabel first = after.get(0);
        String gap = text.substring(before.get(before.size() - 1).endPosition(), first.beginPosition());
        if (gap.indexOf('\n') >= 0) return false;
        return first.originalText().chars().allMatch(c -> Character.isLowerCase(c) || c == '\'' || c == '-')
                && Character.isLowerCase(first.originalText().charAt(0));
    }

    private static boolean isClosingBracket(String token) {
        return token.equals(")") || token.equals("]");
    }
}
