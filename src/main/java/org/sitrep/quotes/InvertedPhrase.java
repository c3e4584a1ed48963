package org.sitrep.quotes;

import java.util.List;
import java.util.Set;
import org.sitrep.annotate.Annotated;
import org.sitrep.annotate.Token;
import org.sitrep.model.Quote.Speaker;

/**
 * The speaker after an inverted cue when a description comes before the name: "said another leading court advocate,
 * Andrew Pincus". The description alone names no one the recognizer knows, and its modifying participle ("leading")
 * ends a plain noun phrase; annotators mark description and name together, and the name is who speaks.
 */
final class InvertedPhrase {

    private static final Set<String> INNER = Set.of("DT", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "PRP$", "POS", "CD", "HYPH", "VBN");

    private static final Set<String> VOICES = Set.of("shout", "cry", "chant", "call", "reply", "response", "answer",
            "roar", "scream", "yell", "jeer", "cheer", "word", "retort", "question");

    private InvertedPhrase() {}

    /**
     * "“Call the roll,” came shouts from the crowd" / "came the reply from the minister": "come" inverted before a noun of
     * voice; who it came from speaks, and the noun is no speaker.
     */
    static Speaker cameFrom(Annotated a, SpeakerFinder speakers, int c, List<String> recent) {
        List<Token> toks = a.tokens();
        if (!toks.get(c).lemma().equalsIgnoreCase("come") || c + 3 >= toks.size()) return null;
        int n = toks.get(c + 1).pos().equals("DT") ? c + 2 : c + 1;
        if (n + 2 >= toks.size() || !toks.get(n).pos().startsWith("NN") || !VOICES.contains(toks.get(n).lemma().toLowerCase(java.util.Locale.ROOT))
                || !toks.get(n + 1).word().equalsIgnoreCase("from") || toks.get(n + 1).sentence() != toks.get(c).sentence()) return null;
        return speakers.after(n + 1, recent);
    }

    /** @param k the first token after the cue */
    static Speaker find(Annotated a, EntityIndex entities, int k) {
        List<Token> toks = a.tokens();
        int sentence = toks.get(k).sentence(), j = k;
        boolean modifier = false;
        while (j < toks.size() && j < k + 10 && toks.get(j).sentence() == sentence) {
            Token t = toks.get(j);
            // "leading", "visiting": a participle between a determiner and its noun modifies it.
            boolean participle = t.pos().equals("VBG") && j > k && j + 1 < toks.size() && INNER.contains(toks.get(j + 1).pos());
            if (!INNER.contains(t.pos()) && !participle) break;
            modifier |= participle;
            j++;
        }
        if (j == k || j >= toks.size() || !toks.get(j - 1).pos().startsWith("NN") || toks.get(j).sentence() != sentence) return null;
        // "said Jane Doe, John Roe and …": a name before the comma is a list, not a description.
        EntityIndex.Hit last = entities.at(toks.get(j - 1).start());
        if (last != null && last.entity().type().equals("PERSON")) return null;
        int start = toks.get(k).start();
        Speaker name = j + 1 < toks.size() && toks.get(j).word().equals(",") ? closingName(a, entities, j + 1) : null;
        if (name != null) return new Speaker(a.text().substring(start, name.end()), name.entity(), start, name.end(), "name");
        if (!modifier) return null;
        int end = toks.get(j - 1).end();
        return new Speaker(a.text().substring(start, end), null, start, end, "noun");
    }

    /** A person's name starting at token k that ends its clause: the appositive naming the description before it. */
    private static Speaker closingName(Annotated a, EntityIndex entities, int k) {
        List<Token> toks = a.tokens();
        EntityIndex.Hit hit = entities.at(toks.get(k).start());
        if (hit == null || hit.mention().start() != toks.get(k).start() || !hit.entity().type().equals("PERSON")) return null;
        int after = a.firstTokenAtOrAfter(hit.mention().end());
        boolean closes = after >= toks.size() || toks.get(after).sentence() != toks.get(k).sentence() || toks.get(after).word().matches("[.,;]");
        return closes ? new Speaker(hit.mention().text(), hit.entity().id(), hit.mention().start(), hit.mention().end(), "name") : null;
    }
}
