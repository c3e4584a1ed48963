package org.sitrep.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.sitrep.annotate.Annotated;
import org.sitrep.annotate.Annotator;
import org.sitrep.annotate.Token;

/**
 * Learns which verbs report what someone says, wants or holds, from attributions annotated in running text (PolNeAR
 * train): for each verb lemma, how often an occurrence of it is the cue of an annotated attribution (its precision as
 * a cue) and how its content follows it (a that-clause, an infinitive, a bare clause or object). The hand-made
 * lexicon holds the common reporting verbs; PolNeAR also annotates the long tail of attitudes and acts that report a
 * position ("backed", "preferred", "touted", "is thanking"), which no hand list keeps up with.
 *
 * <p>The output is a lexicon of words with counts, not text: nothing of the annotated articles is kept.
 */
public final class CueLearner {

    /** What the learner knows of one lemma. */
    public record Learned(String lemma, int occurrences, int cues, int thatClause, int infinitive, int after, int before) {
        public double precision() { return occurrences == 0 ? 0 : (double) cues / occurrences; }
        /** Share of its cues whose content is an infinitive ("plans to …"). */
        public double infinitiveShare() { return cues == 0 ? 0 : (double) infinitive / cues; }
        /** Share of its cues whose content follows it without "that" or "to": an object or a bare clause. */
        public double objectShare() { return cues == 0 ? 0 : (double) after / cues; }
    }

    /**
     * Which learned lemmas to keep: enough evidence, and a cue in at least this share of its uses; never an excluded
     * one (see {@code sitrep train cues}: verbs of material conflict).
     */
    public record Selection(int minCues, double minPrecision, Set<String> excluded) {
        public Selection(int minCues, double minPrecision) { this(minCues, minPrecision, Set.of()); }
        public Selection { excluded = Set.copyOf(excluded); }
    }

        private final Map<String, int[]> counts = new TreeMap<>(); // occurrences, cues, that, to, after, before

    /** Counts the verbs of one annotated article. */
    public void add(String text, List<PolnearReader.Attribution> gold, Annotator annotator) {
        Annotated a = annotator.annotate(text, null);
        List<Token> toks = a.tokens();
        for (int i = 0; i < toks.size(); i++) {
            Token t = toks.get(i);
            if (!t.pos().startsWith("VB")) continue;
            int[] c = counts.computeIfAbsent(t.lemma().toLowerCase(Locale.ROOT), k -> new int[6]);
            c[0]++;
            PolnearReader.Attribution at = cueAt(gold, t);
            if (at == null) continue;
            c[1]++;
            c[2 + frame(toks, i, at.content())]++;
        }
    }

    /** The annotated attribution (with content) whose cue covers this token, or null. */
    private static PolnearReader.Attribution cueAt(List<PolnearReader.Attribution> gold, Token t) {
        for (PolnearReader.Attribution at : gold) {
            if (at.cue() != null && at.content() != null && at.cue().start() < t.end() && t.start() < at.cue().end()) return at;
        }
        return null;
    }

    /** 0 that-clause, 1 infinitive, 2 other content after the cue, 3 content before it. */
    private static int frame(List<Token> toks, int cue, PolnearReader.Span content) {
        if (content.end() <= toks.get(cue).start()) return 3;
        for (int k = cue + 1; k < toks.size() && toks.get(k).start() < content.start() + 1 && k <= cue + 6; k++) {
            String w = toks.get(k).word().toLowerCase(Locale.ROOT);
            if (w.equals("that")) return 0;
            if (w.equals("to") && k + 1 < toks.size() && toks.get(k + 1).pos().equals("VB")) return 1;
        }
        return 2;
    }

    public List<Learned> learned() {
        List<Learned> out = new ArrayList<>();
        counts.forEach((lemma, c) -> out.add(new Learned(lemma, c[0], c[1], c[2], c[3], c[4], c[5])));
        return out;
    }

    /** The lemmas kept, most frequent cues first. */
    public List<Learned> selected(Selection s) {
        return learned().stream().filter(l -> passes(l, s) && !s.excluded().contains(l.lemma()))
                .sorted(Comparator.comparingInt(Learned::cues).reversed().thenComparing(Learned::lemma)).toList();
    }

    /** The header line naming the lemmas the selection kept out although their counts qualified. */
    private String leftOut(Selection s) {
        List<String> out = learned().stream().filter(l -> passes(l, s) && s.excluded().contains(l.lemma())).map(Learned::lemma).toList();
        return out.isEmpty() ? "" : "# Left out as acts, not reports: " + String.join(" ", out) + "\n";
    }

    private static boolean passes(Learned l, Selection s) {
        return l.cues() >= s.minCues() && l.precision() >= s.minPrecision() && l.lemma().matches("[a-z][a-z-]+");
    }

    /**
     * Writes the lexicon read by {@code org.sitrep.quotes.Cues}: lemma, frame (infinitive when a quarter or more of
     * its contents are infinitives, object when most follow it without "that", else clause), then the evidence.
     */
    public void write(Path file, Selection s, String corpus) throws IOException {
        StringBuilder b = new StringBuilder();
        b.append("# Reporting cues learned by `sitrep train cues` from ").append(corpus)
                .append(" (cue = an annotated attribution's cue word).\n")
                .append("# Selection: at least ").append(s.minCues()).append(" cues and cue precision >= ").append(s.minPrecision())
                .append(". Counts only; no text of the corpus.\n")
                .append(leftOut(s))
                .append("# lemma\tframe\tcues\toccurrences\tprecision\n");
        for (Learned l : selected(s)) {
            String frame = l.infinitiveShare() >= 0.25 ? "infinitive" : l.objectShare() > 0.5 ? "object" : "clause";
            b.append(l.lemma()).append('\t').append(frame).append('\t').append(l.cues()).append('\t').append(l.occurrences())
                    .append('\t').append(String.format(Locale.ROOT, "%.2f", l.precision())).append('\n');
        }
        Files.writeString(file, b.toString(), StandardCharsets.UTF_8);
    }
}
