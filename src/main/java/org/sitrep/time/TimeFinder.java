package org.sitrep.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.sitrep.annotate.Annotated;
import org.sitrep.annotate.TimeExpression;
import org.sitrep.annotate.Token;
import org.sitrep.model.Article;
import org.sitrep.model.Problem;
import org.sitrep.model.TimeRef;

/**
 * Turns the tagger's time expressions into {@link TimeRef}s: restatements such as "Monday (November 18)" become
 * one reference, values that depend on a missing publication date are marked ambiguous, and nothing is read
 * from the dateline.
 */
public final class TimeFinder {

    private static final Pattern HAS_YEAR = Pattern.compile("\\b(1[0-9]|20)[0-9]{2}\\b|'[0-9]{2}\\b");

    public List<TimeRef> find(Article article, Annotated annotated, LocalDate reference, List<Problem> problems) {
        String text = annotated.text();
        int datelineEnd = article.dateline() == null ? -1 : article.dateline().end();
        boolean quarterly = FiscalPeriods.isQuarterly(text);
        List<TimeExpression> resolved = new ArrayList<>();
        for (TimeExpression tagged : mergeRestatements(text, annotated.times())) {
            if (NewsDates.notATime(tagged.text()) || namesAPerson(annotated, tagged)) continue;
            TimeExpression found = WrittenDates.yearEnd(Durations.complete(tagged, text), text, reference);
            found = WrittenDates.unvaluedDay(WrittenDates.trailingYear(found, reference), reference);
            resolved.add(reference == null ? found
                    : RelativePhrases.resolve(NewsDates.resolve(found, reference, sentenceTokens(annotated, found.sentence()), quarterly), reference));
        }
        resolved = FiscalPeriods.merge(resolved, FiscalPeriods.find(annotated, reference, quarterly));
        resolved = WrittenDates.addTo(resolved, annotated, reference);
        resolved = Deictics.addTo(resolved, annotated, reference);
        resolved = Anaphora.resolve(resolved, text);
        List<TimeRef> out = new ArrayList<>();
        for (TimeExpression t : resolved) {
            if (t.start() < datelineEnd) continue;
            String value = t.value();
            boolean underspecified = value == null || value.contains("X");
            boolean ambiguous = reference == null && underspecified;
            String anchor = HAS_YEAR.matcher(t.text()).find() ? "text" : reference != null ? "published" : "none";
            if (ambiguous) {
                problems.add(new Problem("time", "'" + t.text() + "' depends on the publication date, which is not known: value "
                        + value + " left partial", t.start(), t.end()));
            } else if (value == null) {
                problems.add(new Problem("time", "'" + t.text() + "' could not be normalised", t.start(), t.end()));
            }
            out.add(new TimeRef("t" + (out.size() + 1), t.text(), t.type(), value, anchor, ambiguous, t.start(), t.end(), t.sentence()));
        }
        return out;
    }

    /** "Jan Kavan", "Sandra Day O'Connor": a name the statistical NER marks as a person is no date. */
    static boolean namesAPerson(Annotated annotated, TimeExpression t) {
        boolean any = false;
        for (int i = annotated.firstTokenAtOrAfter(t.start()); i < annotated.tokens().size(); i++) {
            Token k = annotated.tokens().get(i);
            if (k.end() > t.end()) break;
            if (!k.ner().equals("PERSON")) return false;
            any = true;
        }
        return any;
    }

    private static List<Token> sentenceTokens(Annotated annotated, int sentence) {
        return sentence < annotated.sentences().size() ? annotated.tokensOf(annotated.sentences().get(sentence)) : List.of();
    }

    /** "Monday (November 18)", "Monday, November 18": two expressions naming the same date become one. */
    static List<TimeExpression> mergeRestatements(String text, List<TimeExpression> times) {
        List<TimeExpression> out = new ArrayList<>();
        for (int i = 0; i < times.size(); i++) {
            TimeExpression a = times.get(i);
            if (i + 1 < times.size()) {
                TimeExpression b = times.get(i + 1);
                String between = text.substring(a.end(), b.start());
                boolean sameValue = a.value() != null && a.value().equals(b.value());
                if (sameValue && (between.equals(" (") || between.equals(", ") || between.equals("("))) {
                    int end = b.end();
                    if (between.contains("(") && end < text.length() && text.charAt(end) == ')') end++;
                    out.add(new TimeExpression(text.substring(a.start(), end), a.type(), a.value(), a.start(), end, a.sentence()));
                    i++;
                    continue;
                }
            }
            out.add(a);
        }
        return out;
    }
}
