package org.sitrep.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** PLOVER gold-standard records (Open Event Data Alliance, CC BY-SA 4.0): sentences with coded source and target actors. */
public final class PloverGold {

    /** One gold actor: its text in the sentence, its CAMEO country (or IGO/NGO) code and optional sector. */
    public record Actor(String role, String text, String code, String sector) {
        /** Country level: the three-letter root. */
        public String root() { return code.substring(0, Math.min(3, code.length())).toUpperCase(Locale.ROOT); }

        /**
         * Full level: root + primary sector (first three letters; "CVLalb" → CVL; the unknown sector "***" counts as
         * none), the six letters CAMEO puts first.
         */
        public String full() {
            if (sector == null || sector.length() < 3 || sector.startsWith("*")) return root();
            return root() + sector.substring(0, 3).toUpperCase(Locale.ROOT);
        }
    }

    /**
     * @param event the gold PLOVER type (the 2016 coding: DEMAND, DISAPPROVE, INVESTIGATE, FIGHT …)
     * @param mode  the gold mode, or null
     */
    public record Record(String id, String date, String text, List<Actor> actors, String event, String mode) {
        public Record {
            actors = List.copyOf(actors);
        }
    }

    private PloverGold() {}

    /** The coded records (the DOCUMENT header is skipped; actors without a code are left out). */
    public static List<Record> read(Path file) throws IOException {
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        if (!root.isArray()) throw new IOException(file + " is not a JSON array of PLOVER records");
        List<Record> out = new ArrayList<>();
        for (JsonNode r : root) {
            if ("DOCUMENT".equals(r.path("event").asText()) || !r.hasNonNull("text")) continue;
            List<Actor> actors = new ArrayList<>();
            for (String role : List.of("source", "target")) {
                JsonNode list = r.get(role);
                if (list == null || !list.isArray()) continue; // null or "" when the event has no such actor
                for (JsonNode a : list) {
                    String code = a.path("code").asText("");
                    if (code.isBlank()) continue;
                    actors.add(new Actor(role, a.path("actorText").asText(""), code.strip(), a.hasNonNull("sector") ? a.get("sector").asText() : null));
                }
            }
            String mode = r.path("mode").asText("").strip();
            out.add(new Record(r.path("id").asText(), r.path("date").asText(null), r.get("text").asText(), actors,
                    r.path("event").asText(""), mode.isEmpty() ? null : mode));
        }
        return out;
    }
}
