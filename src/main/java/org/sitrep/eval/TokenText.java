package org.sitrep.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * Text rebuilt from a gold-tokenised corpus: tokens joined by single spaces, sentences by newlines, with each
 * token's character offsets kept so a system's character spans map back onto gold tokens.
 */
public record TokenText(String text, List<List<int[]>> offsets) {

    public static TokenText of(List<List<String>> sentences) {
        StringBuilder sb = new StringBuilder();
        List<List<int[]>> offsets = new ArrayList<>();
        for (List<String> sentence : sentences) {
            if (sb.length() > 0) sb.append('\n');
            List<int[]> spans = new ArrayList<>();
            for (int i = 0; i < sentence.size(); i++) {
                if (i > 0) sb.append(' ');
                spans.add(new int[] {sb.length(), sb.length() + sentence.get(i).length()});
                sb.append(sentence.get(i));
            }
            offsets.add(spans);
        }
        return new TokenText(sb.toString(), offsets);
    }

    /**
     * IOB2 tags per sentence for character-span mentions: every token a mention touches is tagged, the first one B-.
     * A token claimed by an earlier mention keeps its tag (mentions do not nest in CoNLL).
     */
    public List<List<String>> tags(List<Spans.Item> mentions) {
        List<List<String>> tags = new ArrayList<>();
        for (List<int[]> sentence : offsets) tags.add(new ArrayList<>(java.util.Collections.nCopies(sentence.size(), "O")));
        List<Spans.Item> sorted = new ArrayList<>(mentions);
        sorted.sort(java.util.Comparator.comparingInt(Spans.Item::start));
        for (Spans.Item m : sorted) {
            boolean first = true;
            for (int s = 0; s < offsets.size(); s++) {
                List<int[]> sentence = offsets.get(s);
                if (sentence.isEmpty() || sentence.get(0)[0] >= m.end() || sentence.get(sentence.size() - 1)[1] <= m.start()) continue;
                for (int t = 0; t < sentence.size(); t++) {
                    int[] tok = sentence.get(t);
                    if (tok[0] >= m.end() || tok[1] <= m.start()) continue;
                    if (!tags.get(s).get(t).equals("O")) { first = true; continue; }
                    tags.get(s).set(t, (first ? "B-" : "I-") + m.label());
                    first = false;
                }
                first = true; // a mention running over a sentence break becomes two chunks, as conlleval would read it
            }
        }
        return tags;
    }

    /** The token-index span [first, last+1) of sentence-local tokens a character span touches, across the whole text. */
    public int[] tokenRange(int start, int end) {
        int index = 0, first = -1, last = -1;
        for (List<int[]> sentence : offsets) {
            for (int[] tok : sentence) {
                if (tok[0] < end && start < tok[1]) {
                    if (first < 0) first = index;
                    last = index;
                }
                index++;
            }
        }
        return first < 0 ? null : new int[] {first, last + 1};
    }
}
