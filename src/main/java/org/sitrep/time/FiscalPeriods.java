package org.sitrep.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.annotate.Annotated;
import org.sitrep.annotate.TimeExpression;
import org.sitrep.annotate.Token;
import org.sitrep.model.Sentence;

/**
 * The reporting periods of business news that SUTime does not tag: "fourth-quarter", "the quarter", "the latest
 * period", "year-earlier", "the year-ago quarter". Their values follow TimeML's convention for earnings reports: an
 * unqualified quarter is the latest one that has ended by the publication date (results are reported after the
 * quarter closes), the current quarter is the one containing it, and "year-earlier" is the same quarter a year before
 * when the story is about quarterly results, otherwise the previous year.
 */
final class FiscalPeriods {

    private static final String ORDINAL = "(first|second|third|fourth|1st|2nd|3rd|4th)";
    /** "fourth-quarter", "the third quarter", "its fiscal first quarter", "this year's second quarter". */
    private static final Pattern ORDINAL_QUARTER = Pattern.compile(
            "\\b((?:the|its|this year's)\\s+)?(?:(?:fiscal|comparable|(year-ago|year-earlier))\\s+)*" + ORDINAL + "[- ](?:fiscal[- ])?quarter\\b(?!s)", Pattern.CASE_INSENSITIVE);
    /** "the quarter", "the latest quarter", "this quarter", "the current quarter", "the latest period". */
    private static final Pattern BARE_QUARTER = Pattern.compile(
            "\\b([Tt]he|[Tt]his)\\s+(?:(latest|most recent|recent|current|just-ended)\\s+)?(?:fiscal\\s+)?quarter\\b(?!s|-)"
                    + "|\\b([Tt]he)\\s+(latest|most recent|just-ended)\\s+period\\b");
    private static final Pattern YEAR_EARLIER = Pattern.compile(
            "\\b(?:([Tt]he)\\s+)?year-(?:earlier|ago)(\\s+(?:quarter|period)\\b)?");
    /** "the 1988 quarter", "the 1989 period": the reporting period of that year. */
    private static final Pattern YEAR_PERIOD = Pattern.compile("\\b[Tt]he ((?:19|20)[0-9]{2}) (quarter|period)\\b(?!s)");
    /** "the last half of 1989", "the first half of 1990": TimeML's half years, H1 and H2. */
    private static final Pattern HALF = Pattern.compile("(?i)\\bthe (first|second|last) half of ((?:19|20)[0-9]{2})\\b");
    /** Words showing the story reports quarterly results, so "a year earlier" is the same quarter of the year before. */
    private static final Pattern QUARTERLY = Pattern.compile(
            "(?i)\\b" + ORDINAL + "[- ]quarter\\b|\\b(the|this|latest|current) quarter\\b|\\bquarterly\\b");

    private FiscalPeriods() {}

    /** True when the text reports quarterly figures. */
    static boolean isQuarterly(String text) {
        return QUARTERLY.matcher(text).find();
    }

    /** The last day of the most recent quarter that has ended by {@code ref}. */
    static LocalDate latestQuarterEnd(LocalDate ref) {
        return LocalDate.of(ref.getYear(), 3 * ((ref.getMonthValue() - 1) / 3) + 1, 1).minusDays(1);
    }

    static String quarter(LocalDate d) {
        return d.getYear() + "-Q" + ((d.getMonthValue() - 1) / 3 + 1);
    }

    /** The periods found in the text, with values resolved against {@code ref}; none without a reference date. */
    static List<TimeExpression> find(Annotated annotated, LocalDate ref, boolean quarterly) {
        List<TimeExpression> out = new ArrayList<>();
        if (ref == null) return out;
        String text = annotated.text();
        Matcher m = ORDINAL_QUARTER.matcher(text);
        while (m.find()) {
            String ordinal = m.group(3);
            int n = switch (ordinal.toLowerCase(Locale.ROOT).charAt(0)) {
                case 'f' -> ordinal.toLowerCase(Locale.ROOT).startsWith("fi") ? 1 : 4;
                case 's', '2' -> 2;
                case 't', '3' -> 3;
                case '1' -> 1;
                default -> 4;
            };
            int sentence = sentenceAt(annotated, m.start());
            // A quarter named without a year: the one of the publication year, moved by the tense like a yearless month.
            TimeExpression raw = new TimeExpression(m.group(), "DATE", ref.getYear() + "-Q" + n, m.start(), m.end(), sentence);
            TimeExpression resolved = NewsDates.resolve(raw, ref, tokensOf(annotated, sentence), quarterly);
            if (m.group(2) != null) {
                // "the year-ago third quarter": the quarter of the year before the one it would otherwise be.
                int year = Integer.parseInt(resolved.value().substring(0, 4)) - 1;
                resolved = new TimeExpression(resolved.text(), "DATE", year + resolved.value().substring(4), m.start(), m.end(), sentence);
            }
            out.add(resolved);
        }
        m = BARE_QUARTER.matcher(text);
        while (m.find()) {
            String qualifier = m.group(2) != null ? m.group(2) : m.group(4);
            // "this quarter's loss" in a results story is the quarter reported on; only "current" is the running one.
            boolean current = "current".equals(qualifier);
            String value = quarter(current ? ref : latestQuarterEnd(ref));
            out.add(new TimeExpression(m.group(), "DATE", value, m.start(), m.end(), sentenceAt(annotated, m.start())));
        }
        m = YEAR_EARLIER.matcher(text);
        while (m.find()) {
            boolean quarterNamed = m.group(2) != null && m.group(2).strip().equals("quarter");
            int sentence = sentenceAt(annotated, m.start());
            boolean aboutQuarters = quarterNamed || NewsDates.aboutQuarters(tokensOf(annotated, sentence), m.start(), m.end(), quarterly);
            String value = aboutQuarters ? quarter(latestQuarterEnd(ref).minusYears(1)) : String.valueOf(ref.getYear() - 1);
            // "the" belongs to the expression only when the period noun does ("the year-earlier quarter", not "the year-earlier loss").
            int start = m.group(1) != null && m.group(2) == null ? m.start() + m.group(1).length() + 1 : m.start();
            while (start < m.end() && Character.isWhitespace(text.charAt(start))) start++;
            out.add(new TimeExpression(text.substring(start, m.end()), "DATE", value, start, m.end(), sentenceAt(annotated, start)));
        }
        m = YEAR_PERIOD.matcher(text);
        while (m.find()) {
            // The quarter reported on (the latest ended one), in the year named; "period" only where the sentence is about quarters.
            int sentence = sentenceAt(annotated, m.start());
            boolean quarter = m.group(2).equals("quarter") || NewsDates.aboutQuarters(tokensOf(annotated, sentence), m.start(), m.end(), quarterly);
            if (!quarter) continue;
            String value = m.group(1) + quarter(latestQuarterEnd(ref)).substring(4);
            out.add(new TimeExpression(m.group(), "DATE", value, m.start(), m.end(), sentence));
        }
        m = HALF.matcher(text);
        while (m.find()) {
            String value = m.group(2) + (m.group(1).equalsIgnoreCase("first") ? "-H1" : "-H2");
            out.add(new TimeExpression(m.group(), "DATE", value, m.start(), m.end(), sentenceAt(annotated, m.start())));
        }
        // "the year-ago third quarter" also holds "year-ago": the longest match stands.
        out.sort(Comparator.comparingInt(TimeExpression::start).thenComparing(t -> -t.end()));
        List<TimeExpression> kept = new ArrayList<>();
        for (TimeExpression t : out) if (kept.isEmpty() || kept.get(kept.size() - 1).end() <= t.start()) kept.add(t);
        return kept;
    }

    /**
     * Adds {@code own} to the tagger's expressions: an own period gives way to an overlapping expression that already
     * names a quarter or reaches beyond it ("the third quarter of 1990"), and replaces those it covers.
     */
    static List<TimeExpression> merge(List<TimeExpression> tagged, List<TimeExpression> own) {
        List<TimeExpression> out = new ArrayList<>(tagged);
        for (TimeExpression p : own) {
            List<TimeExpression> overlapping = out.stream().filter(t -> t.start() < p.end() && p.start() < t.end()).toList();
            // The tagger reads "the year-ago third quarter" as this year's: the own period, a year back, stands.
            boolean yearBack = YEAR_EARLIER.matcher(p.text()).find();
            boolean yields = overlapping.stream().anyMatch(t -> (t.value() != null && t.value().contains("-Q") && !yearBack)
                    || t.start() < p.start() || t.end() > p.end());
            if (yields) continue;
            out.removeAll(overlapping);
            out.add(p);
        }
        out.sort(Comparator.comparingInt(TimeExpression::start));
        return out;
    }

    private static int sentenceAt(Annotated annotated, int offset) {
        for (Sentence s : annotated.sentences()) if (offset >= s.start() && offset < s.end()) return s.index();
        return Math.max(0, annotated.sentences().size() - 1);
    }

    private static List<Token> tokensOf(Annotated annotated, int sentence) {
        return sentence < annotated.sentences().size() ? annotated.tokensOf(annotated.sentences().get(sentence)) : List.of();
    }
}
