package org.sitrep.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.sitrep.annotate.Annotated;
import org.sitrep.annotate.TimeExpression;
import org.sitrep.annotate.Token;

/**
 * One-word time expressions whose value needs no context: "now", "today", "yesterday", "recently". They are the
 * commonest temporal words of news, and tagging them here lets the annotator's pre-filter keep sentences that hold
 * nothing else away from SUTime, which gives them the same values.
 */
final class Deictics {

    private Deictics() {}

    /** The value of a deictic word against {@code ref} (null when it needs a reference date that is missing); null type when not one. */
    static TimeExpression of(Token t, LocalDate ref) {
        String w = t.word().toLowerCase(Locale.ROOT);
        String type = "DATE", value;
        switch (w) {
            case "now", "currently", "current", "nowadays", "presently" -> value = "PRESENT_REF";
            case "recently", "lately" -> value = "PAST_REF";
            case "today" -> value = ref == null ? null : ref.toString();
            case "yesterday" -> value = ref == null ? null : ref.minusDays(1).toString();
            case "tomorrow" -> value = ref == null ? null : ref.plusDays(1).toString();
            case "tonight" -> {
                type = "TIME";
                value = ref == null ? null : ref + "TNI";
            }
            default -> { return null; }
        }
        return new TimeExpression(t.word(), type, value, t.start(), t.end(), t.sentence());
    }

    /** "the past", "the future", "the near future": TimeML's PAST_REF and FUTURE_REF. */
    static TimeExpression phrase(List<Token> tokens, int i) {
        Token the = tokens.get(i);
        if (!the.word().equalsIgnoreCase("the") || i + 1 >= tokens.size()) return null;
        int j = i + 1;
        if (tokens.get(j).word().equalsIgnoreCase("near") || tokens.get(j).word().equalsIgnoreCase("distant")) j++;
        if (j >= tokens.size()) return null;
        String w = tokens.get(j).word().toLowerCase(Locale.ROOT);
        String value = w.equals("past") && j == i + 1 ? "PAST_REF" : w.equals("future") ? "FUTURE_REF" : null;
        // "the past week" or "the future king" are other expressions (or none): only the noun on its own.
        if (value == null || (j + 1 < tokens.size() && tokens.get(j + 1).pos() != null
                && tokens.get(j + 1).pos().matches("NN.*|CD|JJ"))) return null;
        Token last = tokens.get(j);
        return new TimeExpression(null, "DATE", value, the.start(), last.end(), the.sentence());
    }

    /** Adds the deictic words no other expression covers to {@code tagged}. */
    static List<TimeExpression> addTo(List<TimeExpression> tagged, Annotated annotated, LocalDate ref) {
        List<TimeExpression> out = new ArrayList<>(tagged);
        List<Token> tokens = annotated.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            TimeExpression p = phrase(tokens, i);
            TimeExpression d = p != null
                    ? new TimeExpression(annotated.text().substring(p.start(), p.end()), p.type(), p.value(), p.start(), p.end(), p.sentence())
                    : of(t, ref);
            if (d == null || tagged.stream().anyMatch(e -> e.start() < d.end() && d.start() < e.end())) continue;
            out.add(d);
        }
        out.sort(Comparator.comparingInt(TimeExpression::start));
        return out;
    }
}
