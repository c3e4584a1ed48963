package org.sitrep.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Entity-level scoring exactly as the CoNLL shared tasks' {@code conlleval} script does it: chunks are read from
 * IOB/IOB2/IOE tags with conlleval's own start/end rules (an I- after O or after another type starts a chunk),
 * sentence boundaries close chunks, and a chunk is correct when gold and guess start and end on the same tokens
 * with the same type.
 */
public final class Conlleval {

    /** A chunk: tokens [start, end) of the whole token stream, and its type. */
    public record Chunk(int start, int end, String type) {}

    /** Totals as conlleval prints them, plus per-type counts. */
    public record Result(Counts overall, Map<String, Counts> byType, long tokens, long correctTags) {
        public double accuracy() { return tokens == 0 ? 0 : (double) correctTags / tokens; }
    }

    private Conlleval() {}

    /**
     * @param gold  gold tags per sentence
     * @param guess guessed tags per sentence, same shape as gold
     */
    public static Result score(List<List<String>> gold, List<List<String>> guess) {
        if (gold.size() != guess.size()) throw new IllegalArgumentException("gold has " + gold.size() + " sentences, guess " + guess.size());
        List<Chunk> goldChunks = new ArrayList<>(), guessChunks = new ArrayList<>();
        long tokens = 0, correctTags = 0;
        for (int s = 0; s < gold.size(); s++) {
            List<String> g = gold.get(s), p = guess.get(s);
            if (g.size() != p.size()) throw new IllegalArgumentException("sentence " + s + ": " + g.size() + " gold tags, " + p.size() + " guessed");
            goldChunks.addAll(chunks(g, (int) tokens));
            guessChunks.addAll(chunks(p, (int) tokens));
            for (int i = 0; i < g.size(); i++) if (g.get(i).equals(p.get(i))) correctTags++;
            tokens += g.size();
        }
        java.util.Set<Chunk> goldSet = new java.util.HashSet<>(goldChunks);
        Map<String, Counts> byType = new TreeMap<>();
        long correct = 0;
        for (Chunk c : goldChunks) byType.merge(c.type(), new Counts(0, 0, 1), Counts::plus);
        for (Chunk c : guessChunks) {
            boolean ok = goldSet.contains(c);
            if (ok) correct++;
            byType.merge(c.type(), new Counts(ok ? 1 : 0, 1, 0), Counts::plus);
        }
        return new Result(new Counts(correct, guessChunks.size(), goldChunks.size()), byType, tokens, correctTags);
    }

    /** Chunks of one sentence; {@code offset} is the index of its first token in the stream. */
    public static List<Chunk> chunks(List<String> tags, int offset) {
        List<Chunk> out = new ArrayList<>();
        String prevTag = "O", prevType = "";
        int start = -1;
        for (int i = 0; i <= tags.size(); i++) {
            // conlleval closes every chunk at a sentence boundary by treating it as an O.
            String[] tt = i < tags.size() ? split(tags.get(i)) : new String[] {"O", ""};
            String tag = tt[0], type = tt[1];
            if (start >= 0 && endOfChunk(prevTag, tag, prevType, type)) {
                out.add(new Chunk(offset + start, offset + i, prevType));
                start = -1;
            }
            if (startOfChunk(prevTag, tag, prevType, type)) {
                // conlleval counts chunks by their starts; a start inside an unclosed chunk closes it (never happens in IOB).
                if (start >= 0) out.add(new Chunk(offset + start, offset + i, prevType));
                start = i;
            }
            prevTag = tag;
            prevType = type;
        }
        return out;
    }

    private static String[] split(String label) {
        int dash = label.indexOf('-');
        if (dash < 0) return new String[] {label, ""};
        return new String[] {label.substring(0, dash), label.substring(dash + 1)};
    }

    // Transcribed from conlleval's endOfChunk: the chunk before this token ends here.
    static boolean endOfChunk(String prevTag, String tag, String prevType, String type) {
        boolean end = false;
        if (prevTag.equals("B") && tag.equals("B")) end = true;
        if (prevTag.equals("B") && tag.equals("O")) end = true;
        if (prevTag.equals("I") && tag.equals("B")) end = true;
        if (prevTag.equals("I") && tag.equals("O")) end = true;
        if (prevTag.equals("E") && tag.equals("E")) end = true;
        if (prevTag.equals("E") && tag.equals("I")) end = true;
        if (prevTag.equals("E") && tag.equals("O")) end = true;
        if (prevTag.equals("I") && tag.equals("O")) end = true;
        if (!prevTag.equals("O") && !prevTag.equals(".") && !prevType.equals(type)) end = true;
        // conlleval's bracket representation: such chunks have length 1.
        if (prevTag.equals("]") || prevTag.equals("[")) end = true;
        return end;
    }

    // Transcribed from conlleval's startOfChunk: a chunk starts at this token.
    static boolean startOfChunk(String prevTag, String tag, String prevType, String type) {
        boolean start = false;
        if (prevTag.equals("B") && tag.equals("B")) start = true;
        if (prevTag.equals("I") && tag.equals("B")) start = true;
        if (prevTag.equals("O") && tag.equals("B")) start = true;
        if (prevTag.equals("O") && tag.equals("I")) start = true;
        if (prevTag.equals("E") && tag.equals("E")) start = true;
        if (prevTag.equals("E") && tag.equals("I")) start = true;
        if (prevTag.equals("O") && tag.equals("E")) start = true;
        if (prevTag.equals("O") && tag.equals("I")) start = true;
        if (!tag.equals("O") && !tag.equals(".") && !prevType.equals(type)) start = true;
        if (tag.equals("[") || tag.equals("]")) start = true;
        return start;
    }
}
