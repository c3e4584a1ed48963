package org.sitrep.time;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.annotate.TimeExpression;

/**
 * Relative phrases SUTime values otherwise than TimeML: "the past year" is to SUTime the current year, to TimeML (as
 * TBAQ annotates it) the year before, like "last year"; "several years ago" is to SUTime a day, to TimeML an unspecified
 * time in the past (PAST_REF), since it names no count to step back by.
 */
final class RelativePhrases {

    private static final Pattern THE_PAST = Pattern.compile("(?i)(?:over |in |during )?the past (year|month|week)");
    private static final Pattern VAGUE_AGO = Pattern.compile(
            "(?i)(?:some |a few |several |many )(?:years|months|weeks|days) ago|(?:years|months) ago");

    private RelativePhrases() {}

    static TimeExpression resolve(TimeExpression t, LocalDate ref) {
        if (ref == null || t.value() == null) return t;
        String words = t.text().strip();
        Matcher m;
        String value = null;
        if ((m = THE_PAST.matcher(words)).matches()) {
            value = switch (m.group(1).toLowerCase(Locale.ROOT)) {
                case "year" -> String.valueOf(ref.getYear() - 1);
                case "month" -> ref.minusMonths(1).toString().substring(0, 7);
                default -> {
                    LocalDate week = ref.minusWeeks(1);
                    yield String.format(Locale.ROOT, "%d-W%02d", week.get(IsoFields.WEEK_BASED_YEAR), week.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
                }
            };
        } else if (VAGUE_AGO.matcher(words).matches()) {
            value = "PAST_REF";
        }
        return value == null || value.equals(t.value()) ? t : new TimeExpression(t.text(), "DATE", value, t.start(), t.end(), t.sentence());
    }
}
