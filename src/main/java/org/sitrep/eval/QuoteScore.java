package org.sitrep.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sitrep.eval.PolnearReader.Attribution;
import org.sitrep.eval.PolnearReader.Span;

/**
 * Scores a system's attributions against PolNeAR's for one article: source, cue and content spans (exact and
 * overlap, one-to-one), direct-quote speaker accuracy, and where the misses are. Pure; no models.
 */
public final class QuoteScore {

    /** A system's attribution: content is required, cue and source may be null (CoreNLP gives no cue). */
    public record Found(Span content, Span cue, Span source) {}

    /**
     * One article's (or a corpus's) score. errors: gold attributions by outcome (content_missed, source_missing,
     * source_wrong, correct), split direct/indirect; spurious: system attributions overlapping no gold content.
     */
    public record Score(Counts sourceExact, Counts sourceOverlap, Counts cueExact, Counts cueOverlap,
                        Counts contentExact, Counts contentOverlap, long directCorrect, long directTotal,
                        java.util.Map<String, Long> errors, long spurious) {

        public static Score empty() {
            return new Score(Counts.ZERO, Counts.ZERO, Counts.ZERO, Counts.ZERO, Counts.ZERO, Counts.ZERO, 0, 0, new java.util.TreeMap<>(), 0);
        }

        public Score plus(Score o) {
            java.util.Map<String, Long> e = new java.util.TreeMap<>(errors);
            o.errors.forEach((k, v) -> e.merge(k, v, Long::sum));
            return new Score(sourceExact.plus(o.sourceExact), sourceOverlap.plus(o.sourceOverlap), cueExact.plus(o.cueExact),
                    cueOverlap.plus(o.cueOverlap), contentExact.plus(o.contentExact), contentOverlap.plus(o.contentOverlap),
                    directCorrect + o.directCorrect, directTotal + o.directTotal, e, spurious + o.spurious);
        }

        public double directAccuracy() { return directTotal == 0 ? 0 : (double) directCorrect / directTotal; }
    }

    private QuoteScore() {}

    public static Score score(String text, List<Attribution> gold, List<Found> found) {
        List<Span> gs = new ArrayList<>(), gc = new ArrayList<>(), gt = new ArrayList<>();
        for (Attribution a : gold) {
            if (a.source() != null) gs.add(a.source());
            if (a.cue() != null) gc.add(a.cue());
            if (a.content() != null) gt.add(a.content());
        }
        // One source per attribution, as in the gold, where "Newsweek announced … and said …" has two attributions with
        // one source span: a system's attributions that share a speaker mention are as many predictions.
        List<Span> ss = found.stream().map(Found::source).filter(java.util.Objects::nonNull).toList();
        List<Span> sc = distinct(found.stream().map(Found::cue).toList());
        List<Span> st = distinct(found.stream().map(Found::content).toList());

        long directCorrect = 0, directTotal = 0;
        java.util.Map<String, Long> errors = new java.util.TreeMap<>();
        for (Judged j : judge(text, gold, found)) {
            errors.merge(j.kind() + "." + j.outcome(), 1L, Long::sum);
            if (j.kind().equals("direct") && j.gold().source() != null) {
                directTotal++;
                if (j.outcome().equals("correct")) directCorrect++;
            }
        }
        long spurious = spurious(gold, found).size();
        return new Score(match(text, gs, ss, true), match(text, gs, ss, false), match(text, gc, sc, true), match(text, gc, sc, false),
                match(text, gt, st, true), match(text, gt, st, false), directCorrect, directTotal, errors, spurious);
    }

    /**
     * A gold attribution with content, how the system did on it (content_missed, source_missing, source_wrong, correct)
     * and the system attribution it was judged by (null when missed).
     */
    public record Judged(Attribution gold, String kind, String outcome, Found hit) {}

    /** Judges every gold attribution with content: the system attribution overlapping its content, preferring one whose source also overlaps. */
    public static List<Judged> judge(String text, List<Attribution> gold, List<Found> found) {
        List<Judged> out = new ArrayList<>();
        for (Attribution a : gold) {
            if (a.content() == null) continue;
            String kind = isDirect(text, a.content()) ? "direct" : "indirect";
            Found hit = null;
            for (Found f : found) {
                if (!overlap(f.content(), a.content())) continue;
                if (hit == null || a.source() != null && f.source() != null && overlap(f.source(), a.source())) hit = f;
            }
            String outcome;
            if (hit == null) outcome = "content_missed";
            else if (a.source() == null) outcome = "correct";
            else if (hit.source() == null) outcome = "source_missing";
            else outcome = overlap(hit.source(), a.source()) ? "correct" : "source_wrong";
            out.add(new Judged(a, kind, outcome, hit));
        }
        return out;
    }

    /**
     * One-to-one matching ({@link Spans#match}). Exact means equal after trimming spaces, quotation marks and edge
     * punctuation: PolNeAR's content keeps the marks and the closing comma, sitrep's quote text does not, and neither is
     * a difference in what was attributed.
     */
    static Counts match(String text, List<Span> gold, List<Span> sys, boolean exact) {
        return Spans.match(items(text, gold, exact), items(text, sys, exact), exact ? Spans.Mode.EXACT : Spans.Mode.OVERLAP, false).spans();
    }

    private static List<Spans.Item> items(String text, List<Span> spans, boolean trim) {
        List<Spans.Item> out = new ArrayList<>(spans.size());
        for (Span s : spans) {
            Span t = trim ? trim(text, s) : s;
            out.add(new Spans.Item(t.start(), t.end(), "attribution"));
        }
        return out;
    }

    static Span trim(String text, Span s) {
        int a = Math.max(0, s.start()), b = Math.min(text.length(), s.end());
        while (a < b && isEdge(text.charAt(a))) a++;
        while (b > a && isEdge(text.charAt(b - 1))) b--;
        return new Span(a, b);
    }

    private static boolean isEdge(char c) {
        return Character.isWhitespace(c) || "\"“”‘’'«»,.:;!?".indexOf(c) >= 0;
    }

    static boolean isDirect(String text, Span content) {
        Span t = new Span(content.start(), content.end());
        int i = t.start();
        while (i < t.end() && Character.isWhitespace(text.charAt(i))) i++;
        return i < t.end() && ("\"“«".indexOf(text.charAt(i)) >= 0 || text.startsWith("''", i) || text.startsWith("``", i));
    }

    /** sitrep's attributions whose content overlaps no gold content: the precision side of the errors. */
    static List<Found> spurious(List<Attribution> gold, List<Found> found) {
        return found.stream().filter(f -> gold.stream().noneMatch(g -> g.content() != null && overlap(f.content(), g.content()))).toList();
    }

    /**
     * sitrep's contents that overlap gold content yet lose the one-to-one overlap pairing, each with the gold content
     * it overlaps most: a quote split in two, or two reports where the gold has one. They cost precision as spurious
     * ones do, though {@link #spurious} does not list them.
     */
    static List<Span[]> unpaired(String text, List<Attribution> gold, List<Found> found) {
        List<Span> gt = new ArrayList<>();
        for (Attribution a : gold) if (a.content() != null) gt.add(a.content());
        List<Span> st = distinct(found.stream().map(Found::content).toList());
        List<Span[]> out = new ArrayList<>();
        for (Spans.Item s : Spans.match(items(text, gt, false), items(text, st, false), Spans.Mode.OVERLAP, false).spurious()) {
            Span sys = new Span(s.start(), s.end()), best = null;
            for (Span g : gt) {
                if (overlap(sys, g) && (best == null || shared(sys, g) > shared(sys, best))) best = g;
            }
            if (best != null) out.add(new Span[] {sys, best});
        }
        return out;
    }

    private static int shared(Span a, Span b) { return Math.min(a.end(), b.end()) - Math.max(a.start(), b.start()); }

    private static boolean overlap(Span a, Span b) { return a.start() < b.end() && b.start() < a.end(); }

    private static List<Span> distinct(List<Span> spans) {
        Set<Span> seen = new HashSet<>();
        List<Span> out = new ArrayList<>();
        for (Span s : spans) if (s != null && seen.add(s)) out.add(s);
        return out;
    }
}
