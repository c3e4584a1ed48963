package org.sitrep.annotate;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A cheap pre-filter for the temporal tagger: SUTime's rules cost far more than this lookup, and most
 * sentences of news contain no time expression. A sentence reaches SUTime when one of its tokens is a
 * temporal word or looks like a year, a date or a clock time.
 */
final class TemporalCues {

    private static final Set<String> WORDS = Set.of(
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "jan", "jan.", "feb", "feb.", "mar", "mar.", "apr", "apr.", "jun", "jun.",
            "jul", "jul.", "aug", "aug.", "sep", "sep.", "sept", "sept.", "oct", "oct.", "nov", "nov.", "dec", "dec.",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
            "today", "tonight", "yesterday", "tomorrow", "now", "currently", "recently", "recent", "ago", "later",
            "earlier", "soon", "once", "formerly", "previously", "presently", "nowadays", "lately", "meanwhile",
            "day", "days", "week", "weeks", "weekend", "weekends", "month", "months", "year", "years", "decade",
            "decades", "century", "centuries", "hour", "hours", "minute", "minutes", "second", "seconds",
            "morning", "mornings", "afternoon", "evening", "evenings", "night", "nights", "overnight", "noon",
            "midnight", "dawn", "dusk", "daily", "weekly", "monthly", "yearly", "annual", "annually", "quarter",
            "quarterly", "fortnight", "spring", "summer", "autumn", "fall", "winter", "season", "semester",
            "past", "future", "present", "current", "last", "next", "previous", "former", "coming", "upcoming",
            "o'clock", "a.m.", "p.m.", "am", "pm", "christmas", "easter", "ramadan", "eid", "thanksgiving",
            "halloween", "period", "time", "times", "era", "moment", "date", "dates", "fiscal", "ytd", "hourly");

    private static final Pattern NUMERIC_TIME = Pattern.compile(
            "(1[0-9]|20)[0-9]{2}s?|'[0-9]{2}s?|[0-9]{1,4}[-/.][0-9]{1,2}([-/.][0-9]{1,4})?|[0-9]{1,2}:[0-9]{2}(:[0-9]{2})?|[0-9]{1,2}(am|pm|a\\.m\\.|p\\.m\\.)|[0-9]{6,8}(T[0-9:]+)?");

    private TemporalCues() {}

    static boolean mayContainTime(List<CoreLabel> tokens) {
        for (CoreLabel t : tokens) {
            String w = t.word();
            String lower = w.toLowerCase(Locale.ROOT);
            if (WORDS.contains(lower)) return true;
            // Hyphenated tokens stay whole ("third-quarter", "year-earlier", "mid-1990s"): look at their parts too.
            if (lower.indexOf('-') > 0) {
                for (String part : lower.split("-")) {
                    if (WORDS.contains(part)) return true;
                    if (!part.isEmpty() && Character.isDigit(part.charAt(0)) && NUMERIC_TIME.matcher(part).matches()) return true;
                }
            }
            if (!w.isEmpty() && (Character.isDigit(w.charAt(0)) || w.charAt(0) == '\'') && NUMERIC_TIME.matcher(w).matches()) return true;
        }
        return false;
    }
}
