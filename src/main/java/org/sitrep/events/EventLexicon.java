package org.sitrep.events;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * The trigger lexicon: verbs and verb patterns → CAMEO codes (derived from the PETRARCH verb patterns, verbs.tsv.gz),
 * CAMEO → PLOVER (cameo-plover.tsv), and sitrep's own nouns, adjectives, stop verbs and modality words (triggers.tsv).
 * Immutable once loaded; one instance serves every thread.
 */
public final class EventLexicon {

    /** The code sitrep uses for a PLOVER OTHER event that has no CAMEO code. */
    public static final String OTHER = "OTHER";

    /** A verb form: its lemma, an optional particle ("look into"), its default code ('---' = none) and pattern blocks. */
    public record Verb(String lemma, String particle, String code, List<String> blocks) {}

    /**
     * Words that must occur around the verb. Each slot holds alternatives; an alternative may join words with '_'
     * (adjacent words, articles skipped); a word ending in '_' matches exactly, others as prefixes.
     */
    public record Pattern(List<List<String>> left, List<List<String>> right, String code) {
        int size() { return left.size() + right.size(); }

        /**
         * True when some slot matches only through a content word: "GO * TO" alone would code every "go to" as a visit,
         * and "HOLD * AGAINST/AT/BY/IN/NEAR/ON" every "held a meeting on Friday" as a detention, since "on" suffices.
         */
        boolean specific() {
            return java.util.stream.Stream.concat(left.stream(), right.stream()).anyMatch(slot -> slot.stream()
                    .allMatch(alt -> Arrays.stream(alt.split("_")).anyMatch(w -> !w.isEmpty() && !FUNCTION_WORDS.contains(w))));
        }
    }

    /** A nominal trigger; frame "agent" (the subject acts) or "holder" ("custody of X": X holds the subject). */
    public record Noun(List<String> words, String code, String frame) {}

    /** A PLOVER type and mode for a CAMEO code. */
    public record Plover(String type, String mode) {}

    private static final class Holder {
        static final EventLexicon STANDARD = load();
    }

    private final Map<String, List<Verb>> verbs;
    private final Map<String, List<Pattern>> patterns;
    private final Map<String, List<Noun>> nounsByHead;
    private final Map<String, String> adjectives;
    private final Set<String> stopVerbs;
    private final Map<String, String> modalityWords;
    private final Map<String, Plover> plover;

    private EventLexicon(Map<String, List<Verb>> verbs, Map<String, List<Pattern>> patterns, Map<String, List<Noun>> nounsByHead,
                         Map<String, String> adjectives, Set<String> stopVerbs, Map<String, String> modalityWords, Map<String, Plover> plover) {
        this.verbs = verbs;
        this.patterns = patterns;
        this.nounsByHead = nounsByHead;
        this.adjectives = adjectives;
        this.stopVerbs = stopVerbs;
        this.modalityWords = modalityWords;
        this.plover = plover;
    }

    /** The shipped lexicon, loaded once. */
    public static EventLexicon standard() { return Holder.STANDARD; }

    /** Verb entries for a lemma (single-word and phrasal ones), dictionary entries replaced by sitrep's. */
    public List<Verb> verbs(String lemma) { return verbs.getOrDefault(lemma, List.of()); }

    public List<Pattern> patterns(String block) { return patterns.getOrDefault(block, List.of()); }

    /** Nominal triggers whose last word is {@code head}. */
    public List<Noun> nouns(String head) { return nounsByHead.getOrDefault(head, List.of()); }

    public Optional<String> adjective(String lemma) { return Optional.ofNullable(adjectives.get(lemma)); }

    /** True for verbs whose dictionary code is too generic to use without a matching pattern. */
    public boolean isStopVerb(String lemma) { return stopVerbs.contains(lemma); }

    /** The modality a word imposes on the event it governs ("plan" → planned), if any. */
    public Optional<String> modalityOf(String lemma) { return Optional.ofNullable(modalityWords.get(lemma)); }

    /**
     * PLOVER type and mode of a CAMEO code: the code itself, else its nearest listed parent ("1823" → "182"). Empty
     * for codes PLOVER does not keep (01x statements) and for unknown codes: no event rather than a guessed one.
     */
    public Optional<Plover> plover(String cameo) {
        if (OTHER.equals(cameo)) return Optional.of(new Plover(OTHER, null));
        for (String c = cameo; c != null && c.length() >= 2; c = c.length() > 2 ? c.substring(0, c.length() - 1) : null) {
            Plover p = plover.get(c);
            if (p != null) return Optional.of(p);
        }
        return Optional.empty();
    }

    static EventLexicon load() {
        Map<String, List<Verb>> verbs = new HashMap<>();
        Map<String, List<Pattern>> patterns = new HashMap<>();
        Map<String, List<Noun>> nouns = new HashMap<>();
        Map<String, String> adjectives = new HashMap<>();
        Set<String> stop = new HashSet<>();
        Map<String, String> modality = new HashMap<>();
        Map<String, Plover> plover = new HashMap<>();
        for (String[] f : rows("cameo-plover.tsv", false)) {
            plover.put(f[0], new Plover(f[1], f.length > 2 && !f[2].isBlank() && !f[2].contains("_") ? f[2].strip() : null));
        }
        Map<String, List<Verb>> own = new HashMap<>();
        for (String[] f : rows("triggers.tsv", false)) {
            switch (f[0]) {
                case "V" -> addVerb(own, f);
                case "P" -> addPattern(patterns, f);
                case "N" -> {
                    List<String> words = List.of(f[1].toLowerCase(Locale.ROOT).split(" "));
                    nouns.computeIfAbsent(words.get(words.size() - 1), k -> new ArrayList<>()).add(new Noun(words, f[2], f[3]));
                }
                case "A" -> adjectives.put(f[1], f[2]);
                case "S" -> stop.add(f[1]);
                case "M" -> modality.put(f[1], f[2]);
                case "C" -> plover.put(f[1], new Plover(f[2], f.length > 3 && !f[3].isBlank() ? f[3].strip() : null));
                default -> throw new IllegalStateException("triggers.tsv: unknown row kind " + f[0]);
            }
        }
        for (String[] f : rows("verbs.tsv.gz", true)) {
            if (f[0].equals("V")) addVerb(verbs, f);
            else addPattern(patterns, f);
        }
        // sitrep's entries replace the dictionary's for the same verb form
        own.forEach((lemma, list) -> {
            List<Verb> merged = new ArrayList<>(verbs.getOrDefault(lemma, List.of()));
            for (Verb v : list) merged.removeIf(d -> java.util.Objects.equals(d.particle(), v.particle()));
            merged.addAll(list);
            verbs.put(lemma, merged);
        });
        return new EventLexicon(freeze(verbs), freeze(patterns), freeze(nouns), Map.copyOf(adjectives), Set.copyOf(stop),
                Map.copyOf(modality), Map.copyOf(plover));
    }

    private static <T> Map<String, List<T>> freeze(Map<String, List<T>> m) {
        Map<String, List<T>> out = new HashMap<>();
        m.forEach((k, v) -> out.put(k, List.copyOf(v)));
        return Map.copyOf(out);
    }

    private static void addVerb(Map<String, List<Verb>> verbs, String[] f) {
        String[] words = f[1].split(" ");
        String particle = words.length > 1 ? String.join(" ", Arrays.copyOfRange(words, 1, words.length)) : null;
        verbs.computeIfAbsent(words[0], k -> new ArrayList<>()).add(new Verb(words[0], particle, f[2], List.of(f[3].split(","))));
    }

    /** Words that alone do not make a pattern specific. */
    private static final Set<String> FUNCTION_WORDS = Set.of("to", "for", "in", "on", "of", "at", "with", "have", "has", "had", "was", "were",
            "will", "would", "be", "is", "are", "the", "a", "an", "by", "from", "into", "as", "that", "it", "its", "up", "out", "off", "over",
            "down", "and", "not", "no", "his", "her", "their", "after", "before", "about", "said", "says", "includes",
            // prepositions say where or when, not what was done: "held a meeting on Friday" is no detention ("HOLD * ON")
            "near", "inside", "across", "during", "under", "through", "within", "between", "toward", "towards", "upon",
            "onto", "around", "behind", "beyond", "since", "until", "amid", "among", "via");

    private static void addPattern(Map<String, List<Pattern>> patterns, String[] f) {
        patterns.computeIfAbsent(f[1], k -> new ArrayList<>()).add(new Pattern(slots(f[2]), slots(f[3]), f[4]));
    }

    private static List<List<String>> slots(String words) {
        if (words.isBlank()) return List.of();
        List<List<String>> out = new ArrayList<>();
        for (String slot : words.strip().split(" ")) out.add(List.of(slot.split("/")));
        return List.copyOf(out);
    }

    private static List<String[]> rows(String resource, boolean gzip) {
        try (InputStream raw = EventLexicon.class.getResourceAsStream(resource)) {
            if (raw == null) throw new IllegalStateException("missing resource org/sitrep/events/" + resource);
            InputStream in = gzip ? new GZIPInputStream(raw, 1 << 16) : raw;
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String[]> out = new ArrayList<>();
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) continue;
                // keep empty trailing columns (a pattern with no right-hand words)
                out.add(line.split("\t", -1));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read org/sitrep/events/" + resource, e);
        }
    }
}
