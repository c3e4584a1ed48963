package org.sitrep.cluster;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * What story clustering knows of one document: cheap features that sitrep's reading already holds or its
 * annotation gives for free. Names, numbers and dates are kept apart from the words because they are what tells two
 * earthquakes of the same week apart.
 *
 * @param id        stable document id (the article's content hash in the store)
 * @param published publication date, or null when unknown (then no time window applies)
 * @param terms     content-word lemma → count
 * @param names     named entities and places, lower-cased
 * @param numbers   numbers as written without separators ("6.1", "2000")
 * @param dates     normalised dates the text mentions (TIMEX3 values, day or month precision)
 */
public record DocumentFeatures(String id, LocalDate published, Map<String, Integer> terms, Set<String> names,
                               Set<String> numbers, Set<String> dates) {

    public DocumentFeatures {
        terms = Map.copyOf(terms);
        names = Set.copyOf(names);
        numbers = Set.copyOf(numbers);
        dates = Set.copyOf(dates);
    }
}
