package org.sitrep.quotes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The reporting-verb lexicons, by lemma: the hand-made one (cues.tsv: stance and kind of the common reporting verbs)
 * and the one learned from annotated attributions (learned-cues.tsv, written by {@code sitrep train cues}: the long
 * tail of verbs that report a position, each a cue in at least a quarter of its uses there). Immutable; shared by all threads.
 */
final class Cues {

    /** @param infinitive its content may be an infinitive ("vowed to repeal …") */
    record Cue(String lemma, String stance, String kind, boolean infinitive) {
        Cue(String lemma, String stance, String kind) { this(lemma, stance, kind, false); }
    }

    private static final Cues STANDARD = new Cues();

    private final Map<String, Cue> byLemma = new HashMap<>();
    private final Map<String, Cue> learned = new HashMap<>();

    static Cues standard() { return STANDARD; }

    private Cues() {
        for (String[] f : rows("cues.tsv")) byLemma.put(f[0], new Cue(f[0], f[1], f[2]));
        // A learned verb reports a belief or stance held by someone: it needs a speaker, as the hand-made "belief" ones do.
        for (String[] f : rows("learned-cues.tsv")) learned.put(f[0], new Cue(f[0], f[0], "belief", f[1].equals("infinitive")));
    }

    private static List<String[]> rows(String resource) {
        try (InputStream in = Cues.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing resource org/sitrep/quotes/" + resource);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String[]> out = new ArrayList<>();
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) out.add(line.split("\t"));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A hand-listed reporting verb: these also attribute direct quotes and give claims their stance. */
    Cue get(String lemma) { return lemma == null ? null : byLemma.get(lemma.toLowerCase(Locale.ROOT)); }

    /** A hand-listed or learned cue: what introduces an indirect report. */
    Cue reporting(String lemma) {
        if (lemma == null) return null;
        Cue c = get(lemma);
        return c != null ? c : learned.get(lemma.toLowerCase(Locale.ROOT));
    }
}
