package org.sitrep.cluster;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.Entity;
import org.sitrep.model.Place;
import org.sitrep.model.Reading;
import org.sitrep.model.TimeRef;

/**
 * Clustering features from a stored {@link Reading} instead of the annotator's tokens: the store keeps readings, which
 * hold entities, places and times but no lemmas or part-of-speech tags. Words stand in for lemmas: lower-cased,
 * function words dropped, light-stemmed ({@link Triggers#stem}) so that "attacks" and "attacked" meet as lemmas would.
 * Pure; {@code eval clusters --features reading} scores it against {@link Features}.
 */
public final class ReadingFeatures {

    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'’-]*\\p{L}|\\p{L}");
    private static final Pattern NUMBER = Pattern.compile("(?<![\\p{L}\\p{N}.,])\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|(?<![\\p{L}\\p{N}.,])\\d+(?:\\.\\d+)?");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}(-\\d{2})?");

    /** English function words: the annotator's POS filter drops them, so without tags a list has to. */
    static final Set<String> FUNCTION_WORDS = Set.of("a", "an", "the", "and", "or", "but", "nor", "so", "yet", "if", "then", "than",
            "of", "in", "on", "at", "to", "for", "from", "by", "with", "about", "into", "onto", "over", "under", "after", "before",
            "between", "during", "through", "against", "among", "around", "near", "off", "out", "up", "down", "since", "until",
            "while", "as", "per", "via", "without", "within", "across", "behind", "beyond", "toward", "towards", "upon",
            "i", "me", "my", "we", "us", "our", "you", "your", "he", "him", "his", "she", "her", "hers", "it", "its", "they", "them",
            "their", "this", "that", "these", "those", "who", "whom", "whose", "which", "what", "when", "where", "why", "how",
            "there", "here", "all", "any", "both", "each", "few", "some", "such", "no", "not", "only", "own", "same", "too",
            "very", "just", "now", "also", "again", "still", "even", "ever", "never", "already", "however", "because", "although",
            "though", "whether", "one", "two", "three", "is", "are", "was", "were", "been", "being", "am", "has", "had", "having",
            "does", "did", "said", "says", "saying", "mr", "mrs", "ms", "dr", "last", "first", "week", "month", "monday", "tuesday",
            "wednesday", "thursday", "friday", "saturday", "sunday", "other", "most", "much", "well", "like");

    private ReadingFeatures() {}

    public static DocumentFeatures of(Reading r) {
        return of(r.article().id(), published(r.article().published()), r);
    }

    public static DocumentFeatures of(String id, LocalDate published, Reading r) {
        String text = r.article().text();
        Map<String, Integer> terms = new HashMap<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String t = term(m.group());
            if (t != null) terms.merge(t, 1, Integer::sum);
        }
        Set<String> names = new HashSet<>();
        for (Entity e : r.entities()) {
            if (e.name() != null) names.add(e.name().toLowerCase(Locale.ROOT));
            for (String a : e.aliases()) names.add(a.toLowerCase(Locale.ROOT));
        }
        for (Place p : r.places()) if (p.name() != null) names.add(p.name().toLowerCase(Locale.ROOT));
        Set<String> numbers = new HashSet<>();
        Matcher n = NUMBER.matcher(text);
        while (n.find()) numbers.add(n.group().replace(",", ""));
        Set<String> dates = new HashSet<>();
        for (TimeRef t : r.times()) {
            // as in Features: a day or a month says which event; durations, sets and "PRESENT_REF" do not
            if ("DATE".equals(t.type()) && t.value() != null && DATE.matcher(t.value()).matches()) dates.add(t.value());
        }
        return new DocumentFeatures(id, published, terms, names, numbers, dates);
    }

    /** The feature of a word: lower-cased and stemmed, or null for function words, stop lemmas and one-letter words. */
    static String term(String word) {
        String w = word.toLowerCase(Locale.ROOT).replace('’', '\'');
        if (w.endsWith("'s")) w = w.substring(0, w.length() - 2);
        if (w.length() < 3 || FUNCTION_WORDS.contains(w) || Features.STOP_LEMMAS.contains(w)) return null;
        return Triggers.stem(w);
    }

    /** The date part of an ISO publication date or timestamp; null when absent or not a date. */
    public static LocalDate published(String published) {
        if (published == null || published.length() < 10) return null;
        try {
            return LocalDate.parse(published.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
