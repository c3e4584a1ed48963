package org.sitrep.quotes;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.annotate.Annotated;
import org.sitrep.annotate.Token;
import org.sitrep.model.Quote;
import org.sitrep.model.Quote.Speaker;

/**
 * Quotes introduced by a speaker's name and a colon at the start of a line: headlines ("Paul Ryan: FBI Decision
 * 'Defies Explanation'") and transcripts ("TAPPER: Do you think …"). The label must be a named person or
 * organisation, or an all-capitals transcript label, so that "Update: …" or "9:34 p.m." are not read as speakers.
 */
final class LabelQuotes {

    private static final int MAX_LABEL_TOKENS = 7;
    private static final java.util.Set<String> NOT_SPEAKERS = java.util.Set.of("UPDATE", "BREAKING", "WATCH", "READ", "VIDEO", "PHOTOS", "NOTE", "EDITOR'S NOTE", "CORRECTION", "MORE", "RELATED", "UPDATED", "EXCLUSIVE");

    /** Who a headline may credit by a common noun: "Poll: …", "Report: …", "Clinton camp: …". */
    private static final java.util.Set<String> HEADLINE_SOURCES = java.util.Set.of("poll", "report", "survey", "study", "newspaper", "camp", "campaign");
    private static final int MAX_HEADLINE_LABEL = 4;
    private static final int MAX_HEADLINE_TOKENS = 12;

    private LabelQuotes() {}

    static List<Quote> find(Annotated a, EntityIndex entities, List<Quote> existing, int firstId) {
        List<Quote> out = new ArrayList<>();
        String text = a.text();
        List<Token> toks = a.tokens();
        for (int[] line : lines(text)) {
            int first = a.firstTokenAtOrAfter(line[0]);
            int colon = -1;
            for (int k = first; k < toks.size() && k <= first + (line[0] == 0 ? MAX_HEADLINE_TOKENS : MAX_LABEL_TOKENS) && toks.get(k).end() <= line[1]; k++) {
                if (toks.get(k).word().equals(":")) { colon = k; break; }
            }
            if (colon <= first || colon + 1 >= toks.size()) continue;
            int labelStart = toks.get(first).start(), labelEnd;
            boolean label = colon - first <= MAX_LABEL_TOKENS && (isLabel(text, toks, first, colon, entities) || line[0] == 0 && isHeadlineSource(toks, first, colon, entities));
            if (!label && !(line[0] == 0 && headlineLabel(toks, first, colon))) continue;
            int last = (label ? colon : speakerEnd(toks, first, colon)) - 1;
            labelEnd = toks.get(last).end();
            int start = toks.get(colon + 1).start(), end = line[1];
            while (end > start && Character.isWhitespace(text.charAt(end - 1))) end--;
            if (start >= end || overlapsAny(existing, start, end) || text.substring(start, end).split("\\s+").length < 3) continue;
            EntityIndex.Hit hit = entities.at(toks.get(last).start());
            if (hit == null) hit = entities.namedBy(toks.get(last).word());
            Speaker s = new Speaker(text.substring(labelStart, labelEnd), hit == null ? null : hit.entity().id(), labelStart, labelEnd, hit == null ? "noun" : "name");
            Token c = toks.get(colon);
            out.add(new Quote("q" + (firstId + out.size()), "direct", text.substring(start, end), start, end,
                    new Quote.Cue(":", ":", c.start(), c.end()), s, null, null, c.sentence()));
        }
        return out;
    }

    private static boolean isLabel(String text, List<Token> toks, int first, int colon, EntityIndex entities) {
        EntityIndex.Hit hit = entities.at(toks.get(colon - 1).start());
        if (hit != null && hit.mention().end() == toks.get(colon - 1).end()
                && (hit.entity().type().equals("PERSON") || hit.entity().type().equals("ORGANIZATION"))) {
            for (int k = first; k < colon; k++) if (!toks.get(k).isCapitalized() && !toks.get(k).pos().equals("IN")) return false;
            return true;
        }
        String label = text.substring(toks.get(first).start(), toks.get(colon - 1).end());
        return colon - first <= 3 && label.length() >= 3 && !NOT_SPEAKERS.contains(label) && label.chars().allMatch(ch -> Character.isUpperCase(ch) || ch == ' ' || ch == '.');
    }

    /**
     * "Sanders: Clinton Email Story Has Moved", "Clinton camp: …", "Poll: …": a headline's label names its source by a
     * surname the recognizer misses in capitalised headline words but finds in the article, or by a source noun.
     */
    private static boolean isHeadlineSource(List<Token> toks, int first, int colon, EntityIndex entities) {
        if (colon - first > MAX_HEADLINE_LABEL) return false;
        for (int k = first; k < colon - 1; k++) if (!toks.get(k).isCapitalized()) return false;
        String last = toks.get(colon - 1).word();
        if (HEADLINE_SOURCES.contains(last.toLowerCase(java.util.Locale.ROOT))) return true;
        return toks.get(colon - 1).isCapitalized() && entities.namedBy(last) != null && !NOT_SPEAKERS.contains(last.toUpperCase(java.util.Locale.ROOT));
    }

    /**
     * "Gillibrand on Hillary's Transcripts: …", "Clinton to Planned Parenthood: …", "Wash Post Fact-Check: …": a headline
     * whose capitalised label comes before a colon credits what follows to that label (live-blog labels excepted).
     */
    private static boolean headlineLabel(List<Token> toks, int first, int colon) {
        for (int k = first; k < colon; k++) {
            Token t = toks.get(k);
            if (!t.isCapitalized() && !t.pos().matches("IN|TO|DT|CC|POS|CD|:") && !t.word().matches("[–—-]|['’]s?")) return false;
        }
        String last = toks.get(colon - 1).word().toUpperCase(java.util.Locale.ROOT);
        return !NOT_SPEAKERS.contains(last) && !last.equals("LATEST");
    }

    /** "Clinton to Planned Parenthood": the speaker is the label up to its first preposition. */
    private static int speakerEnd(List<Token> toks, int first, int colon) {
        for (int k = first + 1; k < colon; k++) if (toks.get(k).pos().matches("IN|TO")) return k;
        return colon;
    }

    private static boolean overlapsAny(List<Quote> quotes, int start, int end) {
        for (Quote q : quotes) if (q.start() < end && start < q.end()) return true;
        return false;
    }

    /** [start, end) of each non-empty line. */
    private static List<int[]> lines(String text) {
        List<int[]> out = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? text.length() : nl;
            if (end > start) out.add(new int[] {start, end});
            start = end + 1;
        }
        return out;
    }
}
