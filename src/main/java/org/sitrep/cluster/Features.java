package org.sitrep.cluster;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.annotate.Annotated;
import org.sitrep.annotate.TimeExpression;
import org.sitrep.annotate.Token;

/** Builds clustering features from the annotator's output (lemmas, POS, NER tags, time expressions). */
public final class Features {

    /** Verbs and nouns that every news story uses and that say nothing about which event it reports. */
    static final Set<String> STOP_LEMMAS = Set.of("be", "have", "do", "say", "tell", "report", "make", "get", "go", "take",
            "also", "not", "more", "other", "new", "many", "year", "day", "time", "people", "news", "story", "percent",
            "can", "will", "would", "could", "may", "might", "should", "must", "accord", "include", "n't", "'s");

    private Features() {}

    /** Features of a whole document. */
    public static DocumentFeatures of(String id, LocalDate published, Annotated annotated) {
        return of(id, published, annotated.tokens(), annotated.times());
    }

    /** Features of a token sequence (a document or part of one) and the time expressions found in it. */
    public static DocumentFeatures of(String id, LocalDate published, List<Token> tokens, List<TimeExpression> times) {
        Map<String, Integer> terms = new HashMap<>();
        Set<String> numbers = new HashSet<>(), dates = new HashSet<>();
        for (Token t : tokens) {
            String lemma = contentLemma(t);
            if (lemma != null) terms.merge(lemma, 1, Integer::sum);
            String number = number(t);
            if (number != null) numbers.add(number);
        }
        for (TimeExpression x : times) {
            String v = x.value();
            // A day or a month says which event; durations, sets and "PRESENT_REF" do not.
            if ("DATE".equals(x.type()) && v != null && v.matches("\\d{4}-\\d{2}(-\\d{2})?")) dates.add(v);
        }
        return new DocumentFeatures(id, published, terms, names(tokens), numbers, dates);
    }

    /** The lower-cased lemma of a noun, verb, adjective or adverb that is not a stop lemma; null otherwise. */
    public static String contentLemma(Token t) {
        String pos = t.pos();
        if (pos == null || !(pos.startsWith("NN") || pos.startsWith("VB") || pos.startsWith("JJ"))) return null;
        String lemma = (t.lemma() == null ? t.word() : t.lemma()).toLowerCase(Locale.ROOT);
        if (lemma.length() < 2 || STOP_LEMMAS.contains(lemma) || !Character.isLetter(lemma.charAt(0))) return null;
        return lemma;
    }

    /** Maximal runs of tokens with the same NER label, lower-cased and joined by spaces. */
    public static Set<String> names(List<Token> tokens) {
        Set<String> names = new HashSet<>();
        StringBuilder run = new StringBuilder();
        String label = "O";
        for (Token t : tokens) {
            String ner = t.ner() == null ? "O" : t.ner();
            if (!ner.equals(label) || "O".equals(ner)) {
                if (!run.isEmpty()) names.add(run.toString());
                run.setLength(0);
            }
            label = ner;
            if (!"O".equals(ner)) run.append(run.isEmpty() ? "" : " ").append(t.word().toLowerCase(Locale.ROOT));
        }
        if (!run.isEmpty()) names.add(run.toString());
        return names;
    }

    /** A cardinal written in digits, without thousands separators; null for words ("three") and other tokens. */
    static String number(Token t) {
        if (!t.isNumber()) return null;
        String w = t.word().replace(",", "");
        return w.matches("\\d+(\\.\\d+)?") ? w : null;
    }
}
