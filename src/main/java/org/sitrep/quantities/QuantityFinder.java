package org.sitrep.quantities;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.annotate.Annotated;
import org.sitrep.annotate.Token;
import org.sitrep.model.Quantity;
import org.sitrep.model.Sentence;
import org.sitrep.model.TimeRef;

/**
 * Finds counted amounts: "Approximately 10,000 ISIS fighters", "thousands of their family members",
 * "two soldiers", "1.5 million people". Numbers that belong to a time expression are dates, not amounts.
 * Vague amounts ("thousands", "dozens") carry no value: ACLED's conventions (dozens = 12 …) are a coding
 * choice left to the event stage.
 */
public final class QuantityFinder {

    private static final Set<String> APPROX = Set.of("approximately", "about", "around", "some", "nearly", "almost",
            "roughly", "estimated", "over", "more", "least", "up", "than", "upwards", "circa", "approx.", "~", "close", "an");
    private static final Set<String> APPROX_HEADS = Set.of("approximately", "about", "around", "some", "nearly", "almost",
            "roughly", "estimated", "over", "more", "least", "up", "upwards", "circa", "approx.", "~", "close");
    private static final Map<String, Double> WORDS = Map.ofEntries(
            Map.entry("one", 1d), Map.entry("two", 2d), Map.entry("three", 3d), Map.entry("four", 4d), Map.entry("five", 5d),
            Map.entry("six", 6d), Map.entry("seven", 7d), Map.entry("eight", 8d), Map.entry("nine", 9d), Map.entry("ten", 10d),
            Map.entry("eleven", 11d), Map.entry("twelve", 12d), Map.entry("thirteen", 13d), Map.entry("fourteen", 14d),
            Map.entry("fifteen", 15d), Map.entry("sixteen", 16d), Map.entry("seventeen", 17d), Map.entry("eighteen", 18d),
            Map.entry("nineteen", 19d), Map.entry("twenty", 20d), Map.entry("thirty", 30d), Map.entry("forty", 40d),
            Map.entry("fifty", 50d), Map.entry("sixty", 60d), Map.entry("seventy", 70d), Map.entry("eighty", 80d),
            Map.entry("ninety", 90d), Map.entry("hundred", 100d), Map.entry("thousand", 1e3), Map.entry("million", 1e6),
            Map.entry("billion", 1e9), Map.entry("trillion", 1e12), Map.entry("dozen", 12d));
    private static final Set<String> VAGUE = Set.of("dozens", "hundreds", "thousands", "millions", "billions", "tens", "scores");

    public List<Quantity> find(Annotated annotated, List<TimeRef> times) {
        List<Quantity> out = new ArrayList<>();
        String text = annotated.text();
        for (Sentence s : annotated.sentences()) {
            List<Token> toks = annotated.tokensOf(s);
            for (int i = 0; i < toks.size(); i++) {
                Token t = toks.get(i);
                boolean vague = VAGUE.contains(t.word().toLowerCase(Locale.ROOT));
                if (!(t.isNumber() || vague) || insideTime(t, times)) continue;
                int j = i;
                Double value = null;
                if (!vague) {
                    while (j + 1 < toks.size() && toks.get(j + 1).isNumber() && !insideTime(toks.get(j + 1), times)) j++;
                    value = value(toks.subList(i, j + 1));
                    if (value == null) { i = j; continue; } // not a number we can read: a code, an id, a score
                }
                int begin = i;
                while (begin > 0 && APPROX.contains(toks.get(begin - 1).word().toLowerCase(Locale.ROOT))) begin--;
                boolean approximate = vague;
                for (int k = begin; k < i; k++) approximate |= APPROX_HEADS.contains(toks.get(k).word().toLowerCase(Locale.ROOT));
                if (begin < i && toks.get(begin).word().equalsIgnoreCase("an")) begin++;
                String counted = counted(toks, j + 1, text);
                int start = toks.get(begin).start(), end = toks.get(j).end();
                out.add(new Quantity("n" + (out.size() + 1), text.substring(start, end), value, approximate, counted, start, end, s.index()));
                i = j;
            }
        }
        return out;
    }

    private static boolean insideTime(Token t, List<TimeRef> times) {
        for (TimeRef r : times) if (t.start() >= r.start() && t.end() <= r.end()) return true;
        return false;
    }

    /** "10,000" → 10000; "1.5 million" → 1.5e6; "two hundred" → 200; null for what is not a plain amount. */
    static Double value(List<Token> tokens) {
        double total = 0, current = 0;
        boolean any = false;
        for (Token t : tokens) {
            String w = t.word().toLowerCase(Locale.ROOT).replace(",", "");
            Double v;
            if (w.matches("[0-9]+(\\.[0-9]+)?")) v = Double.parseDouble(w);
            else v = WORDS.get(w);
            if (v == null) return null;
            any = true;
            if (v >= 1000) { total += (current == 0 ? 1 : current) * v; current = 0; }
            else if (v == 100 && current > 0) current *= 100;
            else current += v;
        }
        return any ? total + current : null;
    }

    /** The noun phrase right after the number, or after "of": "ISIS fighters", "their family members". */
    static String counted(List<Token> toks, int from, String text) {
        int i = from;
        if (i < toks.size() && toks.get(i).word().equalsIgnoreCase("of")) i++;
        if (i < toks.size() && Set.of("the", "these", "those").contains(toks.get(i).word().toLowerCase(Locale.ROOT))) i++;
        int start = i, lastNoun = -1;
        for (; i < toks.size(); i++) {
            String pos = toks.get(i).pos();
            if (pos.startsWith("NN")) lastNoun = i;
            else if (!(pos.startsWith("JJ") || pos.equals("PRP$") || pos.equals("VBN") || pos.equals("HYPH") || pos.equals("POS"))) break;
        }
        if (lastNoun < start) return null;
        return text.substring(toks.get(start).start(), toks.get(lastNoun).end());
    }
}
