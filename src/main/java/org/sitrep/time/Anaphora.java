package org.sitrep.time;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.annotate.TimeExpression;

/**
 * Expressions that point back at a date the story has just named: "returned to Cuba later that year" (after "in June
 * 1998"), "the following year" (after "May 22, 1995"), "the following month" (after "in March"). TimeML resolves them
 * against that date, not against the publication date as SUTime does (or, for "that year", not at all: it tags only
 * "year", as a length).
 */
final class Anaphora {

    /** The words before the expression that make it point back ("that", "later that"); group 1 is what joins the span. */
    private static final Pattern THAT_BEFORE = Pattern.compile("(?i)((?:(?:later|earlier) )?that )$");
    private static final Pattern FOLLOWING = Pattern.compile("(?i)the (following|previous) (year|month)|the (year|month) before");
    private static final Pattern YEAR_VALUE = Pattern.compile("(\\d{4})(?:-(\\d{2}))?\\b.*");

    private Anaphora() {}

    /** {@code times}, in text order, with the expressions that point back resolved against the latest dated one before them. */
    static List<TimeExpression> resolve(List<TimeExpression> times, String text) {
        List<TimeExpression> out = new ArrayList<>(times.size());
        Integer year = null;
        YearMonth month = null;
        for (TimeExpression t : times) {
            TimeExpression r = point(t, text, year, month);
            if (r == t && t.value() != null && "DATE".equals(t.type())) {
                Matcher m = YEAR_VALUE.matcher(t.value());
                if (m.matches()) {
                    year = Integer.parseInt(m.group(1));
                    month = m.group(2) == null ? null : YearMonth.of(year, Integer.parseInt(m.group(2)));
                }
            }
            out.add(r);
        }
        return out;
    }

    private static TimeExpression point(TimeExpression t, String text, Integer year, YearMonth month) {
        String words = t.text().strip().toLowerCase(Locale.ROOT);
        Matcher m;
        if (words.equals("year") || words.equals("month")) {
            if (!(m = THAT_BEFORE.matcher(text.substring(Math.max(0, t.start() - 12), t.start()))).find()) return t;
            String value = words.equals("year") ? (year == null ? null : String.valueOf(year)) : (month == null ? null : month.toString());
            if (value == null) return t;
            int start = t.start() - m.group(1).length();
            return new TimeExpression(text.substring(start, t.end()), "DATE", value, start, t.end(), t.sentence());
        }
        if (!(m = FOLLOWING.matcher(words)).matches()) return t;
        int step = "following".equals(m.group(1)) ? 1 : -1;
        String unit = m.group(2) != null ? m.group(2) : m.group(3);
        String value = unit.equals("year") ? (year == null ? null : String.valueOf(year + step))
                : (month == null ? null : month.plusMonths(step).toString());
        return value == null ? t : new TimeExpression(t.text(), "DATE", value, t.start(), t.end(), t.sentence());
    }
}
