package org.sitrep.place;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.cluster.DocumentFeatures;
import org.sitrep.cluster.EventSignature;

/**
 * The JSON forms of what the placer keeps and passes on: plain records of strings, numbers and lists (dates as ISO
 * strings, sets sorted), so that they read back without date modules and serialise the same on every run.
 */
final class Json {

    static final ObjectMapper MAPPER = JsonMapper.builder().build();

    private Json() {}

    record Signature(String plover, List<String> actors, String place, String date, List<String> countries, String reported) {

        static Signature of(EventSignature s) {
            return new Signature(s.plover(), sorted(s.actors()), s.place(), s.date(), sorted(s.countries()), s.reported());
        }

        EventSignature signature() { return new EventSignature(plover, Set.copyOf(actors), place, date, Set.copyOf(countries), reported); }
    }

    record Features(String id, String published, Map<String, Integer> terms, List<String> names, List<String> numbers, List<String> dates) {

        static Features of(DocumentFeatures f) {
            return f == null ? null : new Features(f.id(), f.published() == null ? null : f.published().toString(), f.terms(), sorted(f.names()),
                    sorted(f.numbers()), sorted(f.dates()));
        }

        DocumentFeatures features() {
            return new DocumentFeatures(id, published == null ? null : LocalDate.parse(published), terms, Set.copyOf(names), Set.copyOf(numbers),
                    Set.copyOf(dates));
        }
    }

    static List<String> sorted(Set<String> s) { return s.stream().sorted().toList(); }

    static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new StateException("cannot write placer state as JSON: " + e.getMessage(), e);
        }
    }

    static <T> T read(String json, Class<T> type) {
        try {
            return json == null ? null : MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new StateException("unreadable placer state: " + e.getMessage(), e);
        }
    }

    static <T> T read(String json, TypeReference<T> type) {
        try {
            return json == null ? null : MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new StateException("unreadable placer state: " + e.getMessage(), e);
        }
    }
}
