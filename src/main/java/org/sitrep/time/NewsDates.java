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

    private static final Set<String> FUTURE_MODALS = Set.of("will", "'ll", "shall", "wo", "would");
    private static final Set<String> FORWARD_WORDS = Set.of("effective", "payable", "due");
    private static final Set<String> SCHEDULING = Set.of("scheduled", "schedules", "schedule", "postponed", "postpone", "slated");
    private static final Pattern LATEST_QUARTER = Pattern.compile("(?i)(the )?(latest|most recent|recent|just-ended|past) (fiscal )?quarter");
    private static final Pattern WEEKDAY = Pattern.compile("(?i)\\b(mon|tues|wednes|thurs|fri|satur|sun)day");
    /** A day of a named month ("Saturday, April 25", "Friday Oct. 13"): the weekday only restates it. */
    private static final Pattern NAMED_DAY = Pattern.compile(
            "(?i)\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+\\d{1,2}\\b|\\b\\d{1,2}\\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)");
    private static final Set<String> LONGER_PERIOD = Set.of("months", "fiscal", "annual", "year-to-date", "nine-month", "six-month");
    private static final Pattern YEAR_NOUN = Pattern.compile("(?i)(the )?(fiscal )?year");
    /** "about three-quarters", "more than a quarter": shares, not quarters of a year. */
    private static final Pattern FRACTION = Pattern.compile(
            "(about |more than |less than |nearly |almost |roughly )?(a|one|three|two)[ -]quarters?");
    /** "the SEC" is the Securities and Exchange Commission, not a second. */
    private static final Pattern ACRONYM = Pattern.compile("\\bSEC\\b");
    /** "last April", "this September", "next May": the month relative to the reference date, not a year before or after it. */
    /**
     * "three days later", "an hour earlier": counted from an event of the story, not from the publication date, so TimeML
     * keeps the length of time. (Years, months and weeks before or after are dates in business news: "a year earlier".)
     */
    private static final Pattern SPAN_LATER = Pattern.compile(
            "(?i)(about |nearly |almost |some |just )?(a|an|one|two|three|four|five|six|seven|eight|nine|ten|a few|several|\\d+) "
                    + "(day|hour|minute)s? (later|earlier|after|before)");
    private static final Pattern FIRST_MONTHS = Pattern.compile(
            "(?i)(the )?(?:first|last|past|next) (two|three|four|five|six|seven|eight|nine|ten|\\d+) (days|weeks|months|years)\\b");
    private static final Pattern VAGUE_UNITS = Pattern.compile("PX[DWMY]");
    private static final Pattern VAGUE_TEXT = Pattern.compile("(?i)(these) (days|weeks|months|years)");
    private static final Pattern VAGUE_TEXT_UNIT = Pattern.compile("(?i)(days|weeks|months|years)");
    private static final Pattern RELATIVE_MONTH = Pattern.compile(
            "(?i)(last|this|next) (jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?");
    private static final Pattern YEAR_MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
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
    private static final Set<String> NOT_TIMES = Set.of("once", "previously", "formerly", "future", "quarterly",
            "annual", "annually", "present", "day");

    private NewsDates() {}

    static boolean notATime(String text) {
        String t = text.toLowerCase(Locale.ROOT).strip();
        return NOT_TIMES.contains(t) || AGE.matcher(t).matches() || FRACTION.matcher(t).matches() || ACRONYM.matcher(text).find();
    }

    /**
     * The tense of the verb nearest to the expression (a sentence of reported speech often holds a "will" far from
     * the date): a past form makes it past, a future modal in front of its verb makes it future.
     */
    static Tense tense(List<Token> sentence, int start, int end) {
        int first = -1, last = -1;
        for (int i = 0; i < sentence.size(); i++) {
            if (sentence.get(i).start() >= start && sentence.get(i).end() <= end) {
                if (first < 0) first = i;
                last = i;
            }
        }
        // "until Tuesday", "as soon as Tuesday", "as early as Tuesday" look forward; "Wednesday's ruling" back.
        if (first > 0) {
            String before = word(sentence, first - 1);
            boolean pastPerfect = sentence.stream().anyMatch(k -> k.word().equalsIgnoreCase("had"));
            if ((before.equals("until") || before.equals("till")) && !pastPerfect) return Tense.FUTURE;
            // "effective Feb. 1", "payable Dec. 15", "due March 31": the date a decision takes effect is still to come.
            if (FORWARD_WORDS.contains(before)) return Tense.FUTURE;
            if (first > 2 && before.equals("as") && word(sentence, first - 3).equals("as")
                    && (word(sentence, first - 2).equals("soon") || word(sentence, first - 2).equals("early"))) return Tense.FUTURE;
        }
        if (last >= 0 && last + 1 < sentence.size() && word(sentence, last + 1).equals("'s")) return Tense.PAST;
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
            if (FUTURE_MODALS.contains(word(sentence, i))) return Tense.FUTURE;
        }
        String pos = sentence.get(best).pos();
        // The past perfect: "had been due to expire Friday".
        for (int i = Math.max(0, best - 4); i < best; i++) if (word(sentence, i).equals("had")) return Tense.PAST;
        // "has scheduled a news conference Thursday": arranging something names a day still to come.
        if (SCHEDULING.contains(word(sentence, best))) return Tense.FUTURE;
        if (pos.equals("VBD") || pos.equals("VBN")) return Tense.PAST;
        // "is scheduled to close Monday", "planned to leave Nairobi on Thursday": an infinitive governed by a verb or
        // adjective names what is still to happen, when the date belongs to its clause (not "fell on Friday to close at
        // $20", "to sell itself, under a June accord", nor "their offers to acquire the company Friday").
        if (pos.equals("VB") && best > 1 && best < first && word(sentence, best - 1).equals("to") && sameClause(sentence, best, first)
                && sentence.get(best - 2).pos() != null && sentence.get(best - 2).pos().matches("VB.*|JJ")) {
            return Tense.FUTURE;
        }
        if (pos.equals("VBG") && best > 0 && sentence.get(best - 1).word().matches("(?i)going")) return Tense.FUTURE;
        return Tense.OTHER;
    }

    private static boolean sameClause(List<Token> sentence, int from, int to) {
        for (int i = from + 1; i < to; i++) if (sentence.get(i).word().matches("[,;:()\\-]+|--")) return false;
        return true;
    }

    private static String word(List<Token> sentence, int i) {
        return sentence.get(i).word().toLowerCase(Locale.ROOT);
    }

    static TimeExpression resolve(TimeExpression t, LocalDate ref, List<Token> sentence) {
        return resolve(t, ref, sentence, false);
    }

    /** @param quarterly the story reports quarterly results ({@link FiscalPeriods#isQuarterly}) */
    static TimeExpression resolve(TimeExpression t, LocalDate ref, List<Token> sentence, boolean quarterly) {
        Tense tense = tense(sentence, t.start(), t.end());
        boolean aboutQuarters = aboutQuarters(sentence, t.start(), t.end(), quarterly);
        String value = t.value(), type = t.type();
        Matcher first;
        if (value == null && (first = FIRST_MONTHS.matcher(t.text().strip())).lookingAt()) {
            // SUTime leaves "the first nine months of 1997" without a value; TimeML gives its length.
            String unit = first.group(3).toLowerCase(Locale.ROOT);
            String n = spanValue(first.group(2), "day").replaceAll("[^0-9X]", "");
            String v = unit.startsWith("month") ? "P" + n + "M" : unit.startsWith("week") ? "P" + n + "W"
                    : unit.startsWith("year") ? "P" + n + "Y" : "P" + n + "D";
            return new TimeExpression(t.text(), "DURATION", v, t.start(), t.end(), t.sentence());
        }
        if (value == null) return t;
        Matcher m;
        if ((m = ZONED.matcher(value)).matches()) value = m.group(1);
        if ((m = DECADE.matcher(value)).matches()) {
            value = m.group(1) != null ? m.group(1) : m.group(2);
            type = "DATE";
        }
        if (yearEndingOn(t.text(), sentence, t.end())) return new TimeExpression(t.text(), "DURATION", "P1Y", t.start(), t.end(), t.sentence());
        if ((m = SPAN_LATER.matcher(t.text().strip())).matches()) {
            return new TimeExpression(t.text(), "DURATION", spanValue(m.group(2), m.group(3)), t.start(), t.end(), t.sentence());
        }
        String vague = vagueReference(t.text(), value, sentence, t.start());
        if (vague != null) return new TimeExpression(t.text(), "DATE", vague, t.start(), t.end(), t.sentence());
        boolean ownWords = RELATIVE.matcher(t.text()).find();
        boolean hasYear = Pattern.compile("\\b\\d{4}\\b|'\\d{2}\\b").matcher(t.text()).find();
        if (!hasYear && !ownWords && !NAMED_DAY.matcher(t.text()).find() && WEEKDAY.matcher(t.text()).find()) value = weekday(t.text(), value, ref, tense);
        else if (!hasYear && !ownWords && (m = WEEKEND.matcher(value)).matches()) value = weekend(m, value, ref, tense);
        else if (!hasYear && !ownWords && (m = YEARLESS.matcher(value)).matches()) value = year(m, ref, tense);
        else if ((m = RELATIVE_MONTH.matcher(t.text().strip())).matches() && YEAR_MONTH.matcher(value).matches()) {
            value = relativeMonth(m.group(1), Integer.parseInt(value.substring(5, 7)), ref);
        } else if (LATEST_QUARTER.matcher(t.text().strip()).matches()) {
            value = FiscalPeriods.quarter(FiscalPeriods.latestQuarterEnd(ref));
            type = "DATE";
        } else if ((m = AGO.matcher(t.text().strip())).matches() && FULL_DATE.matcher(value).matches()) {
            // Earnings news compares quarters: "up 5% from a year ago" is the same quarter of the year before.
            boolean oneYear = m.group(3).equalsIgnoreCase("year") && m.group(2).matches("(?i)a|an|one");
            value = oneYear && aboutQuarters ? FiscalPeriods.quarter(FiscalPeriods.latestQuarterEnd(ref).minusYears(1)) : coarsen(value, m.group(3));
        }
        if (value.equals(t.value()) && type.equals(t.type())) return t;
        return new TimeExpression(t.text(), type, value, t.start(), t.end(), t.sentence());
    }

    /**
     * Whether a comparison with "a year earlier" in this sentence is between quarters: the sentence names a quarter,
     * or the story reports quarterly results and the sentence speaks of no longer period ("the first nine months").
     */
    static boolean aboutQuarters(List<Token> sentence, int start, int end, boolean quarterly) {
        boolean quarter = false, longer = false;
        for (Token k : sentence) {
            if (k.start() >= start && k.end() <= end) continue;
            String w = k.word().toLowerCase(Locale.ROOT);
            quarter |= w.contains("quarter");
            longer |= LONGER_PERIOD.contains(w);
        }
        return quarter || (quarterly && !longer);
    }

    /**
     * "the year ended March 31", "the fiscal year ending June 30": a span of a year, not the calendar year (TimeML
     * annotates these as durations).
     */
    private static boolean yearEndingOn(String text, List<Token> sentence, int end) {
        if (!YEAR_NOUN.matcher(text.strip()).matches()) return false;
        for (int i = 0; i < sentence.size(); i++) {
            if (sentence.get(i).start() < end) continue;
            return sentence.get(i).word().matches("(?i)ended|ending|ends");
        }
        return false;
    }

    /**
     * "in past years", "these days": TimeML reads an unmeasured plural of a unit after "past" (with no article: "the
     * past few weeks" is a duration) as the past, and after "these" as the present. ("in recent years" is annotated
     * either way in TimeBank, so SUTime's duration stands.)
     */
    static String vagueReference(String text, String value, List<Token> sentence, int start) {
        if (!VAGUE_UNITS.matcher(value).matches()) return null;
        Matcher own = VAGUE_TEXT.matcher(text.strip());
        String word = null;
        if (own.matches()) word = own.group(1);
        else if (VAGUE_TEXT_UNIT.matcher(text.strip()).matches()) {
            for (int i = sentence.size() - 1; i >= 0; i--) {
                if (sentence.get(i).end() <= start) {
                    boolean article = i > 0 && sentence.get(i - 1).word().matches("(?i)the|these|those|its|their");
                    if (!article) word = sentence.get(i).word();
                    break;
                }
            }
        }
        if (word == null) return null;
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "past" -> "PAST_REF";
            case "these" -> "PRESENT_REF";
            default -> null;
        };
    }

    static String spanValue(String count, String unit) {
        String n = switch (count.toLowerCase(Locale.ROOT)) {
            case "a", "an", "one" -> "1"; case "two" -> "2"; case "three" -> "3"; case "four" -> "4"; case "five" -> "5";
            case "six" -> "6"; case "seven" -> "7"; case "eight" -> "8"; case "nine" -> "9"; case "ten" -> "10";
            case "a few", "several" -> "X";
            case "eleven" -> "11"; case "twelve" -> "12";
            default -> count;
        };
        return switch (unit.toLowerCase(Locale.ROOT)) {
            case "day" -> "P" + n + "D";
            case "hour" -> "PT" + n + "H";
            default -> "PT" + n + "M";
        };
    }

    /** "last April" is the latest April before the reference month, "next May" the first May after it. */
    static String relativeMonth(String which, int month, LocalDate ref) {
        int year = switch (which.toLowerCase(Locale.ROOT)) {
            // The month just before the reference one is "last month"; "last February" in March means a year before.
            case "last" -> month < ref.getMonthValue() - 1 ? ref.getYear() : ref.getYear() - 1;
            case "next" -> month > ref.getMonthValue() ? ref.getYear() : ref.getYear() + 1;
            default -> ref.getYear();
        };
        return String.format(Locale.ROOT, "%d-%02d", year, month);
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
