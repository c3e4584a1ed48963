package org.sitrep.quotes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** The reporting-verb lexicon (cues.tsv): lemma → stance and kind. Immutable; shared by all threads. */
final class Cues {

    record Cue(String lemma, String stance, String kind) {}

    private static final Cues STANDARD = new Cues();

    private final Map<String, Cue> byLemma = new HashMap<>();

    static Cues standard() { return STANDARD; }

    private Cues() {
        try (InputStream in = Cues.class.getResourceAsStream("cues.tsv")) {
            if (in == null) throw new IllegalStateException("missing resource org/sitrep/quotes/cues.tsv");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t");
                byLemma.put(f[0], new Cue(f[0], f[1], f[2]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Cue get(String lemma) { return lemma == null ? null : byLemma.get(lemma.toLowerCase(java.util.Locale.ROOT)); }
}
