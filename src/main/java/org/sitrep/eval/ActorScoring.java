package org.sitrep.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.sitrep.ingest.ContentHash;
import org.sitrep.model.Article;
import org.sitrep.model.Entity;
import org.sitrep.model.Mention;
import org.sitrep.model.Reading;

/**
 * Scores actor codes against PLOVER gold actors. Protocol (sitrep codes actors on entities, not on event slots, so
 * source and target are scored alike): a gold actor is <em>aligned</em> with the entities that have a mention
 * overlapping its text in the sentence; it is a hit at country level when one of those entities' codes starts with
 * the gold root (USA, IGO, ...), and at full level when its first six letters (root + primary sector) equal the gold
 * root + sector, or its whole code equals the root when the gold has no sector. The lenient <em>sentence</em>
 * variant counts a hit when any entity of the sentence has such a code. The baseline gives every gold actor the
 * first country code of the sentence.
 */
public final class ActorScoring {

    /** One gold actor with what sitrep gave it. */
    public record Row(String recordId, PloverGold.Actor gold, List<String> aligned, List<String> sentence,
                      boolean alignedRoot, boolean alignedFull, boolean sentenceRoot, boolean sentenceFull, boolean baselineRoot) {}

    public record Result(List<Row> rows, int records, double seconds) {
        public int n() { return rows.size(); }
    }

    private ActorScoring() {}

    /**
     * @param dated pass the record's date as the publication date; the shared records all carry the placeholder
     *              2000-01-01, while their sentences are from the 1980s-2000s, so dated roles can be wrong either way
     */
    public static Result run(List<PloverGold.Record> records, Function<Article, Reading> analyzer, boolean dated) {
        long t0 = System.nanoTime();
        List<Row> rows = new ArrayList<>();
        for (PloverGold.Record r : records) {
            Article article = new Article(ContentHash.of(null, r.text()), r.id(), "txt", null, null, null, null, null, dated ? r.date() : null, "en",
                    r.text(), List.of());
            Reading reading = analyzer.apply(article);
            List<String> all = new ArrayList<>();
            String firstCountry = null;
            int firstAt = Integer.MAX_VALUE;
            for (Entity e : reading.entities()) {
                if (e.actor() == null) continue;
                all.add(e.actor());
                int at = e.mentions().stream().mapToInt(Mention::start).min().orElse(Integer.MAX_VALUE);
                if (e.actor().length() == 3 && at < firstAt) { firstCountry = e.actor(); firstAt = at; }
            }
            for (PloverGold.Actor g : r.actors()) {
                List<String> aligned = aligned(r.text(), g.text(), reading.entities());
                rows.add(new Row(r.id(), g, aligned, all, anyRoot(aligned, g), anyFull(aligned, g), anyRoot(all, g), anyFull(all, g),
                        firstCountry != null && firstCountry.equals(g.root())));
            }
        }
        return new Result(rows, records.size(), (System.nanoTime() - t0) / 1e9);
    }

    /** Codes of the entities with a mention overlapping the gold text (first occurrence; case-insensitive fallback). */
    static List<String> aligned(String sentence, String goldText, List<Entity> entities) {
        String g = goldText.strip();
        int start = g.isEmpty() ? -1 : sentence.indexOf(g);
        if (start < 0 && !g.isEmpty()) start = sentence.toLowerCase(Locale.ROOT).indexOf(g.toLowerCase(Locale.ROOT));
        List<String> out = new ArrayList<>();
        if (start < 0) return out;
        int end = start + g.length();
        for (Entity e : entities) {
            if (e.actor() == null) continue;
            for (Mention m : e.mentions()) {
                if (m.start() < end && start < m.end()) { out.add(e.actor()); break; }
            }
        }
        return out;
    }

    static boolean anyRoot(List<String> codes, PloverGold.Actor g) {
        for (String c : codes) if (c.startsWith(g.root())) return true;
        return false;
    }

    static boolean anyFull(List<String> codes, PloverGold.Actor g) {
        String full = g.full();
        for (String c : codes) if (c.substring(0, Math.min(6, c.length())).equals(full)) return true;
        return false;
    }
}
