package org.sitrep.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.annotate.Annotated;
import org.sitrep.annotate.TimeExpression;
import org.sitrep.annotate.Token;
import org.sitrep.model.Sentence;

/**
 * Dates written in ways SUTime does not read: years spelled out as broadcast transcripts write them ("nineteen
 * ninety-six", "the nineties") and months or years with a hyphenated modifier ("mid-November", "late-November",
 * "mid-1996"). TimeML gives them the year, decade or month they name (the modifier goes to its {@code mod} attribute,
 * which sitrep does not keep).
 */
final class WrittenDates {

    private static final Map<String, Integer> UNITS = Map.of("one", 1, "two", 2, "three", 3, "four", 4, "five", 5,
            "six", 6, "seven", 7, "eight", 8, "nine", 9);
    private static final Map<String, Integer> TENS = Map.of("twenty", 2, "thirty", 3, "forty", 4, "fifty", 5,
            "sixty", 6, "seventy", 7, "eighty", 8, "ninety", 9);
    /** "nineteen ninety-six", "nineteen eighty four": a century word, then a tens word and an optional unit. */
    private static final Pattern SPELLED_YEAR = Pattern.compile(
            "(?i)\\b(eighteen|nineteen) (twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](one|two|three|four|five|six|seven|eight|nine))?\\b");
    /** "the nineties", "the eighties": the decade of the twentieth century. */
    private static final Pattern SPELLED_DECADE = Pattern.compile(
            "(?i)\\bthe (twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\\b");
    private static final Pattern MODIFIED = Pattern.compile(
            "(?i)(?:early|mid|late)-(?:(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|((?:1[0-9]|20)[0-9]{2}))");
    private static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");

    /** "by year end", "by year's end": what follows SUTime's "year" when it is the end of the year, not a year's length. */
    private static final Pattern END_AFTER = Pattern.compile("^('s)? end\\b");

    /** The American holiday (fourth Thursday of November), which SUTime leaves untagged. */
    private static final Pattern THANKSGIVING = Pattern.compile("\\b(?:([Ll]ast|[Nn]ext|[Tt]his) )?Thanksgiving(?: Day)?\\b");

    private static final Pattern TRAILING_YEAR = Pattern.compile("(?i)\\b(this|last|next) year$");

    private static final Pattern DAY_IN_JOIN = Pattern.compile(
            "(?i)(the week of )?((?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?) (\\d{1,2})(?:, the \\w+ (?:before|after|earlier|later))?");

    private WrittenDates() {}

    /** Thanksgiving of the year that puts it before {@code ref} (after it for "next Thanksgiving"). */
    static LocalDate thanksgiving(LocalDate ref, boolean next) {
        LocalDate day = thanksgiving(ref.getYear());
        if (next) return day.isAfter(ref) ? day : thanksgiving(ref.getYear() + 1);
        return day.isAfter(ref) ? thanksgiving(ref.getYear() - 1) : day;
    }

    private static LocalDate thanksgiving(int year) {
        return LocalDate.of(year, 11, 1).with(TemporalAdjusters.dayOfWeekInMonth(4, DayOfWeek.THURSDAY));
    }

    /**
     * "by year end", "by year's end": TimeML gives the year (with mod END), where SUTime reads a length of a year. "since
     * year end" is the end of the year before.
     */
    static TimeExpression yearEnd(TimeExpression t, String text, LocalDate ref) {
        Matcher m;
        if (ref == null || !t.text().equalsIgnoreCase("year") || !(m = END_AFTER.matcher(text.substring(t.end()))).find()) return t;
        boolean since = text.substring(Math.max(0, t.start() - 6), t.start()).equalsIgnoreCase("since ");
        int end = t.end() + m.end();
        return new TimeExpression(text.substring(t.start(), end), "DATE", String.valueOf(ref.getYear() - (since ? 1 : 0)), t.start(), end, t.sentence());
    }

    /**
     * "a reasonably flat year this year", "Du Pont's second this year": SUTime joins a word to "this year" and gives
     * the whole no value; the expression is "this year" (or "last year", "next year").
     */
    static TimeExpression trailingYear(TimeExpression t, LocalDate ref) {
        Matcher m;
        if (ref == null || t.value() != null || !(m = TRAILING_YEAR.matcher(t.text())).find()) return t;
        int shift = switch (m.group(1).toLowerCase(Locale.ROOT)) { case "last" -> -1; case "next" -> 1; default -> 0; };
        int start = t.start() + m.start();
        return new TimeExpression(m.group(), "DATE", String.valueOf(ref.getYear() + shift), start, t.end(), t.sentence());
    }

    /**
     * "Nov. 3, the day before" and "the week of March 6", which SUTime joins and leaves without a value: the date (placed
     * in the reference year, for the tense to move like any date without a year), or the ISO week holding it.
     */
    static TimeExpression unvaluedDay(TimeExpression t, LocalDate ref) {
        Matcher m;
        if (ref == null || t.value() != null || !(m = DAY_IN_JOIN.matcher(t.text())).matches()) return t;
        int month = MONTHS.indexOf(m.group(2).substring(0, 3).toLowerCase(Locale.ROOT)) + 1;
        int day = Integer.parseInt(m.group(3));
        if (month < 1 || day < 1 || day > 31) return t;
        LocalDate date = LocalDate.of(ref.getYear(), month, Math.min(day, java.time.YearMonth.of(ref.getYear(), month).lengthOfMonth()));
        if (m.group(1) != null) {
            String week = String.format(Locale.ROOT, "%d-W%02d", date.get(IsoFields.WEEK_BASED_YEAR), date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            return new TimeExpression(t.text(), "DATE", week, t.start(), t.end(), t.sentence());
        }
        int end = t.start() + m.end(3);
        return new TimeExpression(t.text().substring(0, m.end(3)), "DATE", date.toString(), t.start(), end, t.sentence());
    }

    /** The year a spelled-out year names ("nineteen ninety-six" is 1996). */
    static int spelledYear(Matcher m) {
        int century = m.group(1).equalsIgnoreCase("eighteen") ? 18 : 19;
        int tens = TENS.get(m.group(2).toLowerCase(Locale.ROOT));
        int unit = m.group(3) == null ? 0 : UNITS.get(m.group(3).toLowerCase(Locale.ROOT));
        return century * 100 + tens * 10 + unit;
    }

    /**
     * Adds the written dates to {@code tagged}. An expression the tagger found around a spelled year ("January nineteen
     * ninety-seven", which SUTime places in the reference year) takes that year instead.
     */
    static List<TimeExpression> addTo(List<TimeExpression> tagged, Annotated annotated, LocalDate ref) {
        List<TimeExpression> out = new ArrayList<>(tagged);
        String text = annotated.text();
        Matcher m = SPELLED_YEAR.matcher(text);
        while (m.find()) {
            String year = String.valueOf(spelledYear(m));
            add(out, new TimeExpression(m.group(), "DATE", year, m.start(), m.end(), sentenceAt(annotated, m.start())), year);
        }
        m = SPELLED_DECADE.matcher(text);
        while (m.find()) {
            String decade = "19" + TENS.get(m.group(1).toLowerCase(Locale.ROOT).replaceFirst("ies$", "y"));
            add(out, new TimeExpression(m.group(), "DATE", decade, m.start(), m.end(), sentenceAt(annotated, m.start())), null);
        }
        m = THANKSGIVING.matcher(text);
        while (m.find() && ref != null) {
            // A news story mostly tells of the Thanksgiving just past; "next Thanksgiving" is the coming one.
            String day = thanksgiving(ref, "next".equalsIgnoreCase(m.group(1))).toString();
            add(out, new TimeExpression(m.group(), "DATE", day, m.start(), m.end(), sentenceAt(annotated, m.start())), null);
        }
        for (Token t : annotated.tokens()) {
            if (!(m = MODIFIED.matcher(t.word())).matches()) continue;
            TimeExpression e;
            if (m.group(2) != null) {
                e = new TimeExpression(t.word(), "DATE", m.group(2), t.start(), t.end(), t.sentence());
            } else {
                if (ref == null) continue;
                int month = MONTHS.indexOf(m.group(1).toLowerCase(Locale.ROOT)) + 1;
                // Placed in the reference year, then moved by the tense like any month named without a year.
                e = new TimeExpression(t.word(), "DATE", String.format(Locale.ROOT, "%d-%02d", ref.getYear(), month), t.start(), t.end(), t.sentence());
                e = NewsDates.resolve(e, ref, tokensOf(annotated, t.sentence()));
            }
            add(out, e, null);
        }
        out.sort(Comparator.comparingInt(TimeExpression::start));
        return out;
    }

    /** Adds {@code e} unless an expression overlaps it; an overlapping one with another year takes {@code year}, when given. */
    private static void add(List<TimeExpression> out, TimeExpression e, String year) {
        for (int i = 0; i < out.size(); i++) {
            TimeExpression t = out.get(i);
            if (t.start() >= e.end() || e.start() >= t.end()) continue;
            if (year != null && t.value() != null && t.value().matches("\\d{4}.*") && !t.value().startsWith(year)) {
                out.set(i, new TimeExpression(t.text(), t.type(), year + t.value().substring(4), t.start(), t.end(), t.sentence()));
            }
            return;
        }
        out.add(e);
    }

    private static int sentenceAt(Annotated annotated, int offset) {
        for (Sentence s : annotated.sentences()) if (offset >= s.start() && offset < s.end()) return s.index();
        return Math.max(0, annotated.sentences().size() - 1);
    }

    private static List<Token> tokensOf(Annotated annotated, int sentence) {
        return sentence < annotated.sentences().size() ? annotated.tokensOf(annotated.sentences().get(sentence)) : List.of();
    }
}
