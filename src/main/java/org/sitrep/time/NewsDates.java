package org.sitrep.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.annotate.TimeExpression;
import org.sitrep.annotate.Token;

/**
 * News conventions SUTime does not know, applied to its values. SUTime resolves a bare weekday or month to the
 * coming one ("Tuesday" in a Wednesday story becomes next Tuesday, "March 31" in a November story next March),
 * while a news report mostly tells what happened: without a future marker in the sentence, such dates are the
 * most recent ones. Measured on TempEval-3 TBAQ-cleaned with {@code sitrep eval time}.
 */
final class NewsDates {

    enum Tense { PAST, FUTURE, OTHER }

    private static final Set<String> FUTURE_MODALS = Set.of("will", "'ll", "shall", "wo");
    private static final Pattern LATEST_QUARTER = Pattern.compile("(?i)(the )?(latest|most recent|recent|just-ended|past) (fiscal )?quarter");
    private static final Pattern WEEKDAY = Pattern.compile("(?i)\\b(mon|tues|wednes|thurs|fri|satur|sun)day");
    private static final Pattern RELATIVE = Pattern.compile("(?i)\\b(last|next|this|previous|following|coming|ago|earlier|later|past|before|after|since)\\b");
    private static final Pattern FULL_DATE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(T.*)?");
    private static final Pattern YEARLESS = Pattern.compile("(\\d{4})(-(\\d{2})(-(\\d{2}))?|-Q([1-4]))");
    private static final Pattern WEEKEND = Pattern.compile("(\\d{4})-W(\\d{2})-WE");
    private static final Pattern AGO = Pattern.compile(
            "(?i)(about |nearly |almost |some |more than |less than )?(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\\d+) "
                    + "(year|month|week)s? (ago|earlier|before)");
    private static final Pattern ZONED = Pattern.compile("(.*T\\d{2}(:\\d{2}){1,2})[-+]\\d{4}");
    private static final Pattern DECADE = Pattern.compile("(\\d{3})X|(\\d{2})XX");
    private static final Pattern AGE = Pattern.compile("(?i).*\\byears?[- ]old\\b.*|\\d+-(year|month|week|day)-old");
    /** Words SUTime tags that TimeML does not treat as time expressions and that name no date. */
    private static final Set<String> NOT_TIMES = Set.of("once", "previously", "formerly", "future", "the future", "quarterly",
            "annual", "annually");

    private NewsDates() {}

    static boolean notATime(String text) {
        String t = text.toLowerCase(Locale.ROOT).strip();
        return NOT_TIMES.contains(t) || AGE.matcher(t).matches();
    }

    /**
     * The tense of the verb nearest to the expression (a sentence of reported speech often holds a "will" far from
     * the date): a past form makes it past, a future modal in front of its verb makes it future.
     */
    static Tense tense(List<Token> sentence, int start, int end) {
        int best = -1, bestDistance = Integer.MAX_VALUE;
        for (int i = 0; i < sentence.size(); i++) {
            Token t = sentence.get(i);
            if (t.pos() == null || !(t.pos().startsWith("VB") || t.pos().equals("MD"))) continue;
            if (t.start() >= start && t.end() <= end) continue;
            int distance = t.end() <= start ? start - t.end() : t.start() - end;
            if (distance < bestDistance) { best = i; bestDistance = distance; }
        }
        if (best < 0) return Tense.OTHER;
        for (int i = Math.max(0, best - 3); i <= best; i++) {
            if (FUTURE_MODALS.contains(sentence.get(i).word().toLowerCase(Locale.ROOT))) return Tense.FUTURE;
        }
        String pos = sentence.get(best).pos();
        if (pos.equals("VBD") || pos.equals("VBN")) return Tense.PAST;
        if (pos.equals("VBG") && best > 0 && sentence.get(best - 1).word().matches("(?i)going")) return Tense.FUTURE;
        return Tense.OTHER;
    }

    static TimeExpression resolve(TimeExpression t, LocalDate ref, List<Token> sentence) {
        Tense tense = tense(sentence, t.start(), t.end());
        boolean aboutQuarters = sentence.stream().anyMatch(k -> k.word().toLowerCase(Locale.ROOT).contains("quarter"));
        String value = t.value(), type = t.type();
        if (value == null) return t;
        Matcher m;
        if ((m = ZONED.matcher(value)).matches()) value = m.group(1);
        if ((m = DECADE.matcher(value)).matches()) {
            value = m.group(1) != null ? m.group(1) : m.group(2);
            type = "DATE";
        }
        boolean ownWords = RELATIVE.matcher(t.text()).find();
        boolean hasYear = Pattern.compile("\\b\\d{4}\\b|'\\d{2}\\b").matcher(t.text()).find();
        if (!hasYear && !ownWords && WEEKDAY.matcher(t.text()).find()) value = weekday(t.text(), value, ref, tense);
        else if (!hasYear && !ownWords && (m = WEEKEND.matcher(value)).matches()) value = weekend(m, value, ref, tense);
        else if (!hasYear && !ownWords && (m = YEARLESS.matcher(value)).matches()) value = year(m, ref, tense);
        else if (LATEST_QUARTER.matcher(t.text().strip()).matches()) {
            value = quarter(latestQuarterEnd(ref));
            type = "DATE";
        } else if ((m = AGO.matcher(t.text().strip())).matches() && FULL_DATE.matcher(value).matches()) {
            // Earnings news compares quarters: "up 5% from a year ago" is the same quarter of the year before.
            boolean oneYear = m.group(3).equalsIgnoreCase("year") && m.group(2).matches("(?i)a|an|one");
            value = oneYear && aboutQuarters ? quarter(latestQuarterEnd(ref).minusYears(1)) : coarsen(value, m.group(3));
        }
        if (value.equals(t.value()) && type.equals(t.type())) return t;
        return new TimeExpression(t.text(), type, value, t.start(), t.end(), t.sentence());
    }

    /**
     * A weekday is counted from the reference date by the tense of its verb: the latest such day for past events, the
     * next for future ones; in the present tense SUTime's choice stands when it is within a week.
     */
    private static String weekday(String text, String value, LocalDate ref, Tense tense) {
        Matcher m = FULL_DATE.matcher(value);
        Matcher w = WEEKDAY.matcher(text);
        if (!m.matches() || !w.find()) return value;
        LocalDate d = parse(m.group(1));
        if (d == null) return value;
        String rest = m.group(2) == null ? "" : m.group(2);
        int day = DayOfWeek.valueOf(switch (w.group(1).toLowerCase(Locale.ROOT)) {
            case "mon" -> "MONDAY"; case "tues" -> "TUESDAY"; case "wednes" -> "WEDNESDAY"; case "thurs" -> "THURSDAY";
            case "fri" -> "FRIDAY"; case "satur" -> "SATURDAY"; default -> "SUNDAY";
        }).getValue();
        int today = ref.getDayOfWeek().getValue();
        LocalDate past = ref.minusDays((today - day + 7) % 7), future = ref.plusDays((day - today + 7) % 7);
        LocalDate chosen = switch (tense) {
            case PAST -> past;
            case FUTURE -> future;
            case OTHER -> Math.abs(d.toEpochDay() - ref.toEpochDay()) <= 6 ? d : past;
        };
        return chosen + rest;
    }

    private static String weekend(Matcher m, String value, LocalDate ref, Tense tense) {
        int week = Integer.parseInt(m.group(2));
        int refWeek = ref.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        boolean refIsWeekend = ref.getDayOfWeek() == DayOfWeek.SATURDAY || ref.getDayOfWeek() == DayOfWeek.SUNDAY;
        if (week == refWeek && !refIsWeekend && tense == Tense.PAST) {
            LocalDate previous = ref.minusWeeks(1);
            return String.format(Locale.ROOT, "%d-W%02d-WE", previous.get(IsoFields.WEEK_BASED_YEAR), previous.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        }
        return value;
    }

    /** The last day of the most recent quarter that has ended by {@code ref}. */
    private static LocalDate latestQuarterEnd(LocalDate ref) {
        LocalDate quarterStart = LocalDate.of(ref.getYear(), 3 * ((ref.getMonthValue() - 1) / 3) + 1, 1);
        return quarterStart.minusDays(1);
    }

    private static String quarter(LocalDate d) {
        return d.getYear() + "-Q" + ((d.getMonthValue() - 1) / 3 + 1);
    }

    /**
     * A month, day or quarter named without a year: the nearest one when it is within about a month of the reference
     * date, otherwise the latest one for past events and the next one for future ones.
     */
    private static String year(Matcher m, LocalDate ref, Tense tense) {
        String nearest = pickYear(m, ref, Tense.OTHER);
        if (nearest != null && distance(nearest, ref) <= 45) return nearest;
        String picked = pickYear(m, ref, tense);
        return picked != null ? picked : nearest != null ? nearest : m.group();
    }

    private static long distance(String value, LocalDate ref) {
        Matcher again = YEARLESS.matcher(value);
        if (!again.matches()) return Long.MAX_VALUE;
        LocalDate[] period = period(again, Integer.parseInt(again.group(1)));
        if (period == null) return Long.MAX_VALUE;
        return ref.isBefore(period[0]) ? period[0].toEpochDay() - ref.toEpochDay()
                : ref.isAfter(period[1]) ? ref.toEpochDay() - period[1].toEpochDay() : 0;
    }

    /** First and last day of the month, day or quarter in {@code m}, placed in year {@code y}; null when invalid. */
    private static LocalDate[] period(Matcher m, int y) {
        if (m.group(6) != null) {
            LocalDate start = LocalDate.of(y, 3 * Integer.parseInt(m.group(6)) - 2, 1);
            return new LocalDate[] {start, start.plusMonths(3).minusDays(1)};
        }
        int month = Integer.parseInt(m.group(3));
        if (month < 1 || month > 12) return null;
        if (m.group(5) != null) {
            LocalDate day = parse(String.format(Locale.ROOT, "%d-%02d-%s", y, month, m.group(5)));
            return day == null ? null : new LocalDate[] {day, day};
        }
        LocalDate start = LocalDate.of(y, month, 1);
        return new LocalDate[] {start, start.plusMonths(1).minusDays(1)};
    }

    private static String pickYear(Matcher m, LocalDate ref, Tense tense) {
        String suffix = m.group(2);
        String best = null;
        long bestDistance = Long.MAX_VALUE;
        for (int y = ref.getYear() - 1; y <= ref.getYear() + 1; y++) {
            LocalDate[] period = period(m, y);
            if (period == null) return null;
            LocalDate start = period[0], end = period[1];
            boolean fits = switch (tense) {
                case PAST -> !start.isAfter(ref);
                case FUTURE -> !end.isBefore(ref);
                case OTHER -> true;
            };
            if (!fits) continue;
            long distance = ref.isBefore(start) ? start.toEpochDay() - ref.toEpochDay()
                    : ref.isAfter(end) ? ref.toEpochDay() - end.toEpochDay() : 0;
            if (distance < bestDistance) {
                bestDistance = distance;
                best = y + suffix;
            }
        }
        return best;
    }

    /** "a year ago" names a year, not the day 365 days back; "two months ago" a month; "six weeks ago" a week. */
    private static String coarsen(String value, String unit) {
        LocalDate d = parse(value.substring(0, 10));
        if (d == null) return value;
        return switch (unit.toLowerCase(Locale.ROOT)) {
            case "year" -> String.valueOf(d.getYear());
            case "month" -> String.format(Locale.ROOT, "%d-%02d", d.getYear(), d.getMonthValue());
            default -> String.format(Locale.ROOT, "%d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        };
    }

    private static LocalDate parse(String iso) {
        try {
            return LocalDate.parse(iso);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
