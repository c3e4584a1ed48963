package org.sitrep.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Syndication-like copies of a story, as wire services and aggregators make them: a new headline, the ending
 * trimmed (editors cut from the bottom), a credit line inserted, and light rewording (a few words replaced by
 * synonyms or dropped). Seeded, so every run builds the same pairs.
 */
final class DedupPairs {

    /** An edited copy and what was done to it. */
    record Copy(String title, String text, double trimmed, boolean credit, int reworded) {}

    private static final Map<String, String> SYNONYMS = Map.ofEntries(
            Map.entry("said", "stated"), Map.entry("says", "states"), Map.entry("told", "informed"), Map.entry("people", "persons"),
            Map.entry("killed", "slain"), Map.entry("government", "administration"), Map.entry("police", "authorities"),
            Map.entry("about", "around"), Map.entry("after", "following"), Map.entry("before", "prior to"), Map.entry("big", "large"),
            Map.entry("also", "additionally"), Map.entry("but", "however"), Map.entry("many", "numerous"), Map.entry("help", "assist"),
            Map.entry("start", "begin"), Map.entry("show", "indicate"), Map.entry("use", "employ"), Map.entry("near", "close to"),
            Map.entry("attack", "assault"), Map.entry("officials", "authorities"), Map.entry("week", "seven days"));

    private static final List<String> CREDITS_BEFORE = List.of("By Staff Writer (Wire Service) - ", "(AP) - ", "LONDON (Reuters) - ",
            "This article originally appeared on a partner site. ");
    private static final List<String> CREDITS_AFTER = List.of("\n\n(Reporting by Jane Doe; Editing by John Roe)",
            "\n\nCopyright 2019 The Associated Press. All rights reserved.", "\n\nAdditional reporting by staff.");

    private DedupPairs() {}

    /** A copy with every kind of edit, at random strengths: trims of 0-50 % of the words, rewording of 0-5 %. */
    static Copy copy(String title, String text, Random r) {
        double trim = r.nextDouble() * 0.5;
        String body = trim(text, trim);
        List<String> words = new ArrayList<>(List.of(body.split(" ")));
        int reworded = (int) Math.round(words.size() * r.nextDouble() * 0.05);
        for (int i = 0; i < reworded && !words.isEmpty(); i++) {
            int at = r.nextInt(words.size());
            String w = words.get(at);
            String syn = SYNONYMS.get(w.toLowerCase(java.util.Locale.ROOT));
            if (syn != null) words.set(at, syn);
            else if (words.size() > 20) words.remove(at);
        }
        body = String.join(" ", words);
        boolean credit = r.nextBoolean();
        if (credit) {
            body = r.nextBoolean() ? CREDITS_BEFORE.get(r.nextInt(CREDITS_BEFORE.size())) + body
                    : body + CREDITS_AFTER.get(r.nextInt(CREDITS_AFTER.size()));
        }
        String newTitle = "UPDATE: " + (title == null ? "" : title.toUpperCase(java.util.Locale.ROOT)) + " - report";
        return new Copy(newTitle, body, trim, credit, reworded);
    }

    /** Drops the last {@code fraction} of the text, cut back to the end of a sentence when one is near. */
    static String trim(String text, double fraction) {
        int cut = (int) Math.round(text.length() * (1 - fraction));
        if (cut >= text.length()) return text;
        int stop = text.lastIndexOf(". ", cut);
        if (stop > cut / 2) cut = stop + 1;
        return text.substring(0, cut).strip();
    }
}
