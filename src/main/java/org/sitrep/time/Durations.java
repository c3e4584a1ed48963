package org.sitrep.time;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.annotate.TimeExpression;

/**
 * Lengths of time SUTime reads only in part: it tags the unit of "at least 20 more years", "two more weeks", "2 1/2
 * years" and "5 1/2 hours" as an unknown number of years or hours, stops "a minute and a half" at "a minute", and counts
 * quarters in months. TimeML gives the stated length: P20Y, P2W, P2Y6M, PT5H30M, PT1M30S, and quarters in Q (P2Q).
 */
final class Durations {

    private static final Map<String, Integer> NUMBERS = Map.ofEntries(Map.entry("a", 1), Map.entry("an", 1), Map.entry("one", 1),
            Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
            Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("fifteen", 15), Map.entry("twenty", 20), Map.entry("thirty", 30));
    /** The count before a bare unit: "20 more", "two more", "2 1/2", "two additional". */
    private static final Pattern COUNT_BEFORE = Pattern.compile(
            "(?i)\\b([0-9]{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty)"
                    + "(?:( 1/2)| more| additional| further)\\s+$");
    private static final Pattern BARE_UNIT = Pattern.compile("(?i)(years|months|weeks|days|hours|minutes)");
    private static final Pattern AND_A_HALF = Pattern.compile("(?i)^ and a half\\b");
    private static final Pattern ONE_UNIT = Pattern.compile("(?i)(a|an|one) (year|month|week|day|hour|minute)");
    private static final Pattern MONTHS = Pattern.compile("P(X|[0-9]+)M");

    /** "two to three weeks", "two or three days": SUTime gives no value. */
    private static final Pattern RANGE = Pattern.compile(
            "(?i)(?:about |some )?([0-9]{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty)"
                    + " (?:to|or) \\S+ (year|month|week|day|hour|minute)s?");
    /** "more than four hours Friday": SUTime joins a length and a day and gives no value; the length is what is measured. */
    private static final Pattern LENGTH_THEN_DAY = Pattern.compile(
            "(?i)((?:more than |less than |about |nearly |almost |at least )?([0-9]{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty)"
                    + " (year|month|week|day|hour|minute)s?) (?:mon|tues|wednes|thurs|fri|satur|sun)day");

    private Durations() {}

    /**
     * A value for the lengths SUTime joins or ranges and leaves without one: a range is given by its first figure, as
     * TBAQ annotates it ("two to three weeks" P2W), a length followed by a day by the length alone (the span shrinks to it).
     */
    static TimeExpression unvalued(TimeExpression t) {
        if (t.value() != null) return t;
        Matcher m;
        if ((m = RANGE.matcher(t.text())).matches()) {
            return new TimeExpression(t.text(), "DURATION", length(count(m.group(1)), false, m.group(2)), t.start(), t.end(), t.sentence());
        }
        if ((m = LENGTH_THEN_DAY.matcher(t.text())).matches()) {
            int end = t.start() + m.end(1);
            return new TimeExpression(m.group(1), "DURATION", length(count(m.group(2)), false, m.group(3)), t.start(), end, t.sentence());
        }
        return t;
    }

    private static int count(String word) {
        Integer n = NUMBERS.get(word.toLowerCase(Locale.ROOT));
        return n != null ? n : Integer.parseInt(word);
    }

    /** {@code t} with the length its words state, widened over the count when SUTime left it out; {@code t} itself otherwise. */
    static TimeExpression complete(TimeExpression t, String text) {
        if (t.value() == null) return unvalued(t);
        if (t.value() == null || !"DURATION".equals(t.type()) && !"SET".equals(t.type())) return t;
        String words = t.text().strip();
        Matcher m;
        if (BARE_UNIT.matcher(words).matches() && t.value().contains("X")
                && (m = COUNT_BEFORE.matcher(text.substring(Math.max(0, t.start() - 40), t.start()))).find()) {
            int count = count(m.group(1));
            int start = t.start() - (m.end() - m.start());
            String value = length(count, m.group(2) != null, words.substring(0, words.length() - 1));
            return new TimeExpression(text.substring(start, t.end()), t.type(), value, start, t.end(), t.sentence());
        }
        if ((m = ONE_UNIT.matcher(words)).matches() && AND_A_HALF.matcher(text.substring(t.end())).find()) {
            int end = t.end() + " and a half".length();
            return new TimeExpression(text.substring(t.start(), end), t.type(), length(1, true, m.group(2)), t.start(), end, t.sentence());
        }
        // "the past two quarters", "every quarter", "several quarters": SUTime's months, TimeML's quarters.
        if (words.toLowerCase(Locale.ROOT).contains("quarter") && (m = MONTHS.matcher(t.value())).matches()) {
            String n = m.group(1).equals("X") ? "X" : String.valueOf(Integer.parseInt(m.group(1)) / 3);
            if (!n.equals("0")) return new TimeExpression(t.text(), t.type(), "P" + n + "Q", t.start(), t.end(), t.sentence());
        }
        return t;
    }

    /** ISO 8601 length of {@code count} (and a half, when {@code half}) units. */
    static String length(int count, boolean half, String unit) {
        return switch (unit.toLowerCase(Locale.ROOT)) {
            case "year" -> "P" + count + "Y" + (half ? "6M" : "");
            case "month" -> half ? "P" + (count * 30 + 15) + "D" : "P" + count + "M";
            case "week" -> half ? "P" + (count * 7 + 3) + "DT12H" : "P" + count + "W";
            case "day" -> "P" + count + "D" + (half ? "T12H" : "");
            case "hour" -> "PT" + count + "H" + (half ? "30M" : "");
            default -> "PT" + count + "M" + (half ? "30S" : "");
        };
    }
}
