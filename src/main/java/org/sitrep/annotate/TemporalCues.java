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
 *
 * <p>Words that are temporal only in some uses are weak cues and do not count: "last", "next", "past",
 * "coming" need a time unit, weekday or month after them, which is a cue of its own; "second" is mostly an
 * ordinal; "time", "once", "former" name no date TimeML annotates. Month and weekday names that are also common
 * words (May, March, Sun, Wed, ...) count only when capitalised, "May" not as a modal, "fall" and "spring" only as
 * nouns, "am"/"pm" only after a number. Deictic words that SUTime needs no context for ("now", "today",
 * "yesterday") are tagged without it ({@code org.sitrep.time.Deictics}).
 */
final class TemporalCues {

    private static final Set<String> WORDS = Set.of(
            "january", "february", "april", "june", "july", "august", "september", "october",
            "november", "december", "jan.", "feb", "feb.", "mar.", "apr", "apr.", "jun.",
            "jul.", "aug", "aug.", "sep.", "sept", "sept.", "oct", "oct.", "nov", "nov.", "dec.",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "tues", "thurs", "ago", "weekend", "weekends", "nights",
            "day", "days", "week", "weeks", "month", "months", "year", "years", "decade",
            "decades", "century", "centuries", "hour", "hours", "minute", "minutes", "seconds",
            "morning", "mornings", "afternoon", "evening", "evenings", "night", "overnight", "noon",
            "midnight", "dawn", "dusk", "daily", "weekly", "monthly", "yearly", "quarter",
            "fortnight", "autumn", "summer", "winter", "summers", "winters", "season", "seasons", "semester", "quarters", "midday",
            "o'clock", "a.m.", "p.m.", "christmas", "easter", "ramadan", "eid", "thanksgiving",
            "halloween", "ytd", "hourly");
    /** Month and weekday names that are also common words: cues only when capitalised. */
    private static final Set<String> CAPITALISED = Set.of(
            "march", "may", "jan", "mar", "jun", "jul", "sep", "dec", "mon", "tue", "wed", "thu", "thur", "fri", "sat", "sun");
    private static final Set<String> SEASONS_AS_NOUNS = Set.of("fall", "spring");

    private static final Pattern NUMERIC_TIME = Pattern.compile(
            "(1[0-9]|20)[0-9]{2}s?|'[0-9]{2}s?|[0-9]{1,4}[-/.][0-9]{1,2}([-/.][0-9]{1,4})?|[0-9]{1,2}:[0-9]{2}(:[0-9]{2})?|[0-9]{1,2}(am|pm|a\\.m\\.|p\\.m\\.)|[0-9]{6,8}(T[0-9:]+)?");
    private static final Pattern NUMBER = Pattern.compile("[0-9]{1,2}([:.][0-9]{2})?");

    private TemporalCues() {}

    static boolean mayContainTime(List<CoreLabel> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            CoreLabel t = tokens.get(i);
            String w = t.word();
            if (w.isEmpty()) continue;
            String lower = w.toLowerCase(Locale.ROOT);
            if (WORDS.contains(lower)) return true;
            if (CAPITALISED.contains(lower) && Character.isUpperCase(w.charAt(0)) && !"MD".equals(t.tag())) return true;
            if (SEASONS_AS_NOUNS.contains(lower) && t.tag() != null && t.tag().startsWith("NN")) return true;
            if ((lower.equals("am") || lower.equals("pm")) && i > 0 && NUMBER.matcher(tokens.get(i - 1).word()).matches()) return true;
            // Hyphenated tokens stay whole ("third-quarter", "year-earlier", "mid-1990s"): look at their parts too.
            if (lower.indexOf('-') > 0) {
                for (String part : lower.split("-")) {
                    if (WORDS.contains(part)) return true;
                    if (!part.isEmpty() && Character.isDigit(part.charAt(0)) && NUMERIC_TIME.matcher(part).matches()) return true;
                }
            }
            if ((Character.isDigit(w.charAt(0)) || w.charAt(0) == '\'') && NUMERIC_TIME.matcher(w).matches()) return true;
        }
        return false;
    }
}
