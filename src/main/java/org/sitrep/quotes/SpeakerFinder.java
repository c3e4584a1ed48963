package org.sitrep.quotes;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.annotate.Annotated;
import org.sitrep.annotate.Token;
import org.sitrep.model.Quote.Speaker;

/** Finds who a reporting verb attributes to: the subject before it, or the speaker after an inverted cue ("said Smith"). */
final class SpeakerFinder {

    private static final Set<String> AUX = Set.of("has", "have", "had", "is", "was", "were", "are", "been", "be", "did", "does",
            "do", "will", "would", "could", "should", "may", "might", "can", "also", "reportedly", "previously", "later",
            "then", "further", "again", "once", "repeatedly", "publicly", "privately", "not", "n't", "allegedly", "recently",
            "long", "himself", "herself", "themselves", "itself", "n’t", "'s", "’s", "'ve", "’ve", "'d", "’d", "'ll", "’ll");
    // "continued to say", "went on to argue": the cue's speaker is the subject of the verb it depends on.
    private static final Set<String> RAISING = Set.of("continue", "go", "begin", "start", "seem", "appear", "decline", "refuse", "want", "try", "use", "have", "need");
    static final Set<String> TIME = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "on", "last", "this", "week", "month", "year", "today", "yesterday", "night", "morning", "afternoon", "evening", "earlier");
    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "i", "we");
    private static final Set<String> NP_INNER = Set.of("DT", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "PRP$", "POS", "CD", "HYPH", "VBN");

    private static final Cues CUES = Cues.standard();

    private final Annotated a;
    private final EntityIndex entities;
    private final SubjectShapes shapes;

    SpeakerFinder(Annotated a, EntityIndex entities) {
        this.a = a;
        this.entities = entities;
        this.shapes = new SubjectShapes(a, this);
    }

    EntityIndex entities() { return entities; }

    /** The subject of the cue at token index c (looking left within its sentence), or null. */
    Speaker before(int c, List<String> recentSpeakers) {
        List<Token> toks = a.tokens();
        if (continuesSentence(c)) return parenthesised(c - 1, recentSpeakers);
        int sentence = toks.get(c).sentence();
        int k = c - 1;
        // Skip auxiliaries, adverbs and a time ("Clinton on Tuesday said", "Trump last week argued").
        while (k >= 0 && toks.get(k).sentence() == sentence
                && (AUX.contains(lower(toks.get(k))) || toks.get(k).pos().equals("RB") || TIME.contains(lower(toks.get(k))))) k--;
        if (k < 0 || toks.get(k).sentence() != sentence) return null;
        // "Richards and Menendez both stressed", "they all said": a floating quantifier after its noun
        if (k > 0 && lower(toks.get(k)).matches("both|all|each") && toks.get(k - 1).pos().matches("NN.*|PRP") && toks.get(k - 1).sentence() == sentence) k--;
        int span = shapes.timePhraseStart(k); // "Trump at the time said", "he in recent weeks has argued"
        if (span < k) return before(span, recentSpeakers);
        if (k > 1 && toks.get(k).pos().equals("TO") && toks.get(k - 1).sentence() == sentence) {
            Token head = toks.get(k - 1);
            if (head.pos().startsWith("VB") && RAISING.contains(head.lemma().toLowerCase(Locale.ROOT))) return before(k - 1, recentSpeakers);
            int v = k - 1; // "tweeted on Friday to say": an infinitive of purpose has its verb's subject
            while (v > 0 && toks.get(v).sentence() == sentence && (TIME.contains(lower(toks.get(v))) || toks.get(v).pos().equals("RB"))) v--;
            if (v < k - 1 && toks.get(v).pos().matches("VB[DZPN]") && toks.get(v).sentence() == sentence) return before(v, recentSpeakers);
            if (lower(head).equals("on") && toks.get(k - 2).lemma().equalsIgnoreCase("go")) return before(k - 2, recentSpeakers);
            int be = k - 2; // "voters are more likely to say", "he was quick to point out": the subject of "be"
            while (be > 0 && toks.get(be).pos().matches("RBR?|JJR") && toks.get(be).sentence() == sentence) be--;
            if (head.pos().equals("JJ") && be >= 0 && toks.get(be).lemma().equalsIgnoreCase("be") && toks.get(be).sentence() == sentence) return before(be, recentSpeakers);
        }
        Speaker reduced = shapes.reducedRelative(k, c, recentSpeakers);
        if (reduced != null) return reduced;
        // "author of ''The Book,'' put it": the comma of an appositive ending in a title sits inside its closing mark.
        if (k > 2 && SubjectShapes.quoteMark(toks.get(k).word()) && toks.get(k - 1).word().equals(",") && toks.get(k - 1).sentence() == sentence) {
            int open = shapes.quotedInside(k);
            if (open > 0) return appositive(k - 1, open - 1, recentSpeakers);
            k--;
        }
        if (toks.get(k).word().equals(",")) {
            // "Gov. John Kasich (R-OH), said": a stray comma after a name with its party in parentheses.
            Speaker party = toks.get(k - 1).word().matches("\\)|-RRB-") ? parenthesised(k - 1, recentSpeakers) : null;
            if (party != null && party.resolution().equals("name")) return party;
            Speaker ap = appositive(k, k - 1, recentSpeakers);
            if (ap != null) return ap;
            Speaker place = placed(k, recentSpeakers);
            // "Clinton paused, then revealed": a verb right before the comma is coordinated with the cue
            return place != null || !toks.get(k - 1).pos().matches("VB[DZ]") ? place : coordinated(k, c, recentSpeakers);
        }
        if (SubjectShapes.dash(toks.get(k).word())) return shapes.dashed(k, recentSpeakers);
        Speaker part = shapes.partitive(k, recentSpeakers);
        if (part != null) return part;
        if (toks.get(k).word().equals(")") || toks.get(k).word().equals("-RRB-")) return parenthesised(k, recentSpeakers);
        if (toks.get(k).pos().equals("CC") && lower(toks.get(k)).matches("and|but")) return coordinated(k, c, recentSpeakers);
        Speaker np = nounPhraseEndingAt(k, recentSpeakers);
        // "Another tweeted", "Yet another said": a determiner standing for a person, as annotators mark it.
        if (np == null && lower(toks.get(k)).matches("another|others|one|some|many|several|both|few")) {
            return new Speaker(toks.get(k).word(), null, toks.get(k).start(), toks.get(k).end(), "noun");
        }
        if (np == null) return shapes.proportion(k);
        if (np.resolution().equals("pronoun")) return np;
        Speaker rel = shapes.relativeHead(np, recentSpeakers);
        return rel != null ? rel : postmodified(np, recentSpeakers);
    }

    /**
     * "Rep. Earl Blumenauer (D-Ore.) said": the splitter ends a sentence at the abbreviation's period inside the
     * parenthesis; a lower-case word or a comma right after the closing parenthesis goes on with that sentence.
     */
    boolean continuesSentence(int k) {
        List<Token> toks = a.tokens();
        if (k < 1 || toks.get(k).sentence() == toks.get(k - 1).sentence() || !toks.get(k - 1).word().matches("\\)|-RRB-")) return false;
        String w = toks.get(k).word();
        return !w.isEmpty() && (Character.isLowerCase(w.charAt(0)) || w.equals(","));
    }

    /**
     * "Eggleston expressed concern about the letter and said …": a second verb shares the first one's subject; past a
     * quoted phrase ("called them “crazy” and said") and past a list of verbs ("reversed themselves, rushed in and said").
     */
    private Speaker coordinated(int cc, int c, List<String> recentSpeakers) {
        List<Token> toks = a.tokens();
        int sentence = toks.get(cc).sentence();
        // "He said his attacks have worked and said …": the same verb again is coordinated with the first one, not
        // with a verb of its clause.
        for (int j = cc - 1; j > 0 && j >= cc - 40 && toks.get(j).sentence() == sentence && !toks.get(j).word().matches("[;:]"); j--) {
            if (toks.get(j).lemma().equalsIgnoreCase(toks.get(c).lemma()) && toks.get(j).pos().matches("VB[DZP]")) {
                Speaker s = before(j, recentSpeakers);
                if (s != null) return s;
                break;
            }
        }
        if (toks.get(cc - 1).word().equals(",")) {
            // "Farage said the warning showed that the President did not know what he was doing, and accused …": after a
            // comma the second verb goes with the sentence's reporting verb, not with a verb of what it reported.
            int first = Clauses.sentenceStart(toks, cc);
            for (int j = first; j < cc - 1; j++) {
                if (toks.get(j).word().matches("[;:]") || QuoteMarks.isOpening(toks.get(j).word().charAt(0))) break;
                if (!toks.get(j).pos().matches("VB[DZP]")) continue;
                if (Cues.standard().get(toks.get(j).lemma()) == null) break;
                Speaker s = before(j, recentSpeakers);
                if (s != null && !s.text().matches("(?i)who|which|that")) return s;
                break;
            }
        }
        for (int j = cc - 1; j > 0 && j >= cc - 30 && toks.get(j).sentence() == sentence; j--) {
            String w = toks.get(j).word();
            if (w.equals(";") || w.equals(":") || QuoteMarks.isOpening(w.charAt(0))) return null;
            if (w.equals("''") || w.equals("”")) { // a quoted phrase inside the first verb's phrase: skip over it
                int open = j - 1;
                while (open > 0 && open > j - 12 && toks.get(open).sentence() == sentence && !QuoteMarks.isOpening(toks.get(open).word().charAt(0))) open--;
                if (!QuoteMarks.isOpening(toks.get(open).word().charAt(0)) || toks.get(open).sentence() != sentence) return null;
                j = open;
                continue;
            }
            if (toks.get(j).pos().matches("VB[DZP]")) {
                Speaker s = before(reportingVerbOf(j, cc), recentSpeakers);
                // "called him an opportunist who has neglected his duties, and urged": after a comma the second verb
                // goes with the main clause, not with a relative clause inside its object.
                boolean relative = s != null && s.text().matches("(?i)who|which|that") && toks.get(cc - 1).word().equals(",");
                if (s != null && !relative || s == null && !toks.get(j - 1).word().equals(",")) return s;
            }
        }
        return null;
    }

    /** "a woman in Worcester, Massachusetts, told": a noun with a place after it whose state sits between commas. */
    private Speaker placed(int comma, List<String> recentSpeakers) {
        List<Token> toks = a.tokens();
        if (comma < 4 || !toks.get(comma - 2).word().equals(",") || !placeBefore(comma - 2)) return null;
        Speaker np = nounPhraseEndingAt(comma - 3, recentSpeakers);
        Speaker head = np == null ? null : postmodified(np, recentSpeakers);
        if (head == null || head.start() >= np.start()) return null;
        int end = toks.get(comma - 1).end();
        return new Speaker(a.text().substring(head.start(), end), head.entity(), head.start(), end, head.resolution());
    }

    /**
     * "The president noted that he taught law, and added": a verb inside a that-clause is not the one the second verb
     * is coordinated with; the verb reporting the clause is.
     */
    private int reportingVerbOf(int j, int cc) {
        List<Token> toks = a.tokens();
        // "Suu Kyi said it was too early … but added": a reporting verb before, with no clause break between, takes the
        // clause the verb found is in as its object; that reporting verb is the one coordinated with.
        for (int k = j - 1; k > 0 && k >= cc - 20 && toks.get(k).sentence() == toks.get(j).sentence(); k--) {
            if (toks.get(k).word().matches("[,;:]")) break;
            Cues.Cue cue = CUES.get(toks.get(k).lemma());
            if (toks.get(k).pos().matches("VB[DZ]") && cue != null && cue.kind().equals("speech")) return k;
        }
        for (int k = j - 1; k > 0 && k >= j - 12 && toks.get(k).sentence() == toks.get(j).sentence(); k--) {
            if (toks.get(k).word().matches("[,;:]")) break;
            if (lower(toks.get(k)).equals("that") && toks.get(k).pos().equals("IN") && toks.get(k - 1).pos().matches("VB[DZP]")) return k - 1;
        }
        return j;
    }

    /**
     * "people familiar with the session said", "a spokesman for the company said", "officials close to Trump said":
     * the subject is the common noun the phrase hangs on, not the last noun before the verb; annotators mark it whole.
     */
    private Speaker postmodified(Speaker np, List<String> recentSpeakers) {
        List<Token> toks = a.tokens();
        int s = a.firstTokenAtOrAfter(np.start()), j = s - 1;
        if (j < 1 || !toks.get(j).word().matches("(?i)of|for|with|on|from|at|to|in") || toks.get(j).sentence() != toks.get(s).sentence()) return np;
        int h = j - 1;
        if (toks.get(h).pos().matches("JJ|VBN|VBG|RB") && h > 0) h--; // "familiar with", "briefed on", "close to", "speaking to"
        if (!toks.get(h).pos().matches("NNS?") || toks.get(h).sentence() != toks.get(s).sentence()) return np;
        Speaker head = nounPhraseEndingAt(h, recentSpeakers);
        if (head == null || head.start() >= np.start()) return np;
        return new Speaker(a.text().substring(head.start(), np.end()), head.entity(), head.start(), np.end(), head.resolution());
    }

    /**
     * ", calling them rapists" / "Cruz has railed against …, saying": a participle's speaker is the subject of the
     * finite verb it hangs on, earlier in the sentence.
     */
    Speaker clauseSubject(int c, List<String> recentSpeakers) {
        List<Token> toks = a.tokens();
        int sentence = toks.get(c).sentence();
        for (int k = c - 1; k > 0 && toks.get(k).sentence() == sentence; k--) {
            if (!toks.get(k).pos().matches("VB[DZP]|MD")) continue;
            Speaker s = before(k, recentSpeakers);
            // "bristled at the suggestion that he was responsible …, saying": a subordinate clause's subject is not
            // who the participle's clause is about; the main clause's, further back, is.
            if (s != null && subordinate(s)) continue;
            if (s != null) return new Speaker(s.text(), s.entity(), s.start(), s.end(), "participle");
        }
        return null;
    }

    private boolean subordinate(Speaker s) {
        int k = a.firstTokenAtOrAfter(s.start()) - 1;
        if (k < 0) return false;
        Token t = a.tokens().get(k);
        // "wrote the agents knew …, saying": a clause right after a reporting verb is its object.
        return t.word().matches("(?i)that|whether|if|because|although|though|while") || t.pos().matches("VB[DZ]") && CUES.get(t.lemma()) != null;
    }

    /** The speaker named right after an inverted cue ("…,” said the minister), or null. */
    Speaker after(int c, List<String> recentSpeakers) {
        List<Token> toks = a.tokens();
        int k = c + 1;
        if (k >= toks.size() || toks.get(k).sentence() != toks.get(c).sentence()) return null;
        // "said Skip Rutherford" with "Skip" tagged a verb: a person's or organisation's name is the speaker whatever its tags.
        EntityIndex.Hit named = entities.at(toks.get(k).start());
        if (named != null && named.mention().start() == toks.get(k).start() && !NP_INNER.contains(toks.get(k).pos())
                && named.entity().type().matches("PERSON|ORGANIZATION")) {
            return new Speaker(named.mention().text(), named.entity().id(), named.mention().start(), named.mention().end(), "name");
        }
        Speaker described = InvertedPhrase.find(a, entities, k);
        if (described != null) return described;
        int end = k;
        while (end < toks.size() && toks.get(end).sentence() == toks.get(c).sentence() && NP_INNER.contains(toks.get(end).pos())) end++;
        // "put it, “…": "it" after a cue is its object; an inverted speaker is never "it".
        if (end == k) return lower(toks.get(k)).equals("it") ? null : pronounAt(k, recentSpeakers);
        int phraseEnd = end;
        // "said one Democrat familiar with …", "said one Republican involved in …": the phrase's head is its last noun.
        while (end - 1 > k && !toks.get(end - 1).pos().startsWith("NN")) end--;
        Speaker s = nounPhraseEndingAt(end - 1, recentSpeakers);
        if (s != null) return s;
        // "said one of those advisers", "said one Republican" with "Republican" tagged an adjective: a phrase headed by a
        // number or an adjective still names the speaker, as annotators mark it.
        boolean nameLike = toks.get(k).pos().equals("CD") || toks.get(k).pos().startsWith("JJ") && Character.isUpperCase(toks.get(k).word().charAt(0));
        if (!nameLike) return null;
        int last = phraseEnd - 1;
        if (phraseEnd + 1 < toks.size() && lower(toks.get(phraseEnd)).equals("of") && toks.get(phraseEnd).sentence() == toks.get(c).sentence()) {
            Speaker of = after(phraseEnd, recentSpeakers); // "one of those advisers": the span runs over the "of" phrase
            if (of != null) return new Speaker(a.text().substring(toks.get(k).start(), of.end()), null, toks.get(k).start(), of.end(), "noun");
        }
        return new Speaker(a.text().substring(toks.get(k).start(), toks.get(last).end()), null, toks.get(k).start(), toks.get(last).end(), "noun");
    }

    /** A person's or organisation's name ending at token k ("Sen. Bernie Sanders (I-Vt.)" included), or null. */
    Speaker nameEndingAt(int k, List<String> recentSpeakers) {
        Token t = a.tokens().get(k);
        Speaker s = t.word().equals(")") || t.word().equals("-RRB-") ? parenthesised(k, recentSpeakers) : nounPhraseEndingAt(k, recentSpeakers);
        if (s == null || !s.resolution().equals("name")) return null;
        EntityIndex.Hit hit = entities.at(s.start());
        return hit != null && hit.entity().type().matches("PERSON|ORGANIZATION") ? s : null;
    }

    /** "Sen. Bernie Sanders (I-Vt.) said": the name before the parenthesis, the span over it, as annotators mark it. */
    private Speaker parenthesised(int close, List<String> recentSpeakers) {
        List<Token> toks = a.tokens();
        for (int j = close - 1; j > 0 && j >= close - 8 && toks.get(j).sentence() == toks.get(close).sentence(); j--) {
            String w = toks.get(j).word();
            if (!w.equals("(") && !w.equals("-LRB-")) continue;
            Speaker head = nounPhraseEndingAt(j - 1, recentSpeakers);
            if (head == null || head.start() > toks.get(j).start()) return null;
            int end = toks.get(close).end();
            return new Speaker(a.text().substring(head.start(), end), head.entity(), head.start(), end, head.resolution());
        }
        return null;
    }

    /**
     * "Ramos, 58, told" / "Morton Blackwell, the committeeman from Virginia, told": the name before the appositive,
     * with the span running over the appositive, as annotators mark the whole source phrase.
     */
    private Speaker appositive(int comma, int from, List<String> recentSpeakers) {
        List<Token> toks = a.tokens();
        int sentence = toks.get(comma).sentence();
        // A relative clause ("ad, which is airing,") may have a finite verb; a plain appositive not ("a fellow visiting
        // from Yale"). After a relative clause an appositive may come first: "Skip Rutherford, a longtime loyalist, who
        // has known the Clintons for decades, said": the head is the name before both.
        boolean verb = false;
        Speaker relativeHead = null;
        int end = toks.get(comma - 1).end();
        for (int j = from; j > 0 && j >= comma - 40 && toks.get(j).sentence() == sentence; j--) {
            String w = toks.get(j).word();
            if (w.equals(",")) {
                boolean relative = toks.get(j + 1).word().matches("(?i)who|which|whose");
                if (verb && !relative) return relativeHead;
                // "a supporter from Jackson, Miss., said", "a Hollywood, Fla., rabbi": the comma is inside a place name
                if (placeBefore(j) || j > 2 && toks.get(j - 2).word().equals(",") && placeBefore(j - 2)) continue;
                // "Cecelia Purner, 67, a retired customer service representative": an age between commas goes with the name.
                if (j > 2 && toks.get(j - 1).pos().equals("CD") && toks.get(j - 2).word().equals(",")) {
                    if (relative) verb = false; // "Woodrow Benford, 58, who lives outside Minneapolis, says": the verb was the relative clause's
                    continue;
                }
                // "Rep. Jane Doe (D-Ore.), chair of …, said": a name with its party in parentheses heads the appositive,
                // also where the splitter ended a sentence at the parenthesis.
                boolean parenthesis = toks.get(j - 1).word().matches("\\)|-RRB-");
                Speaker head = toks.get(j - 1).sentence() != sentence && !parenthesis && !continuesSentence(j) ? null
                        : parenthesis ? parenthesised(j - 1, recentSpeakers) : nounPhraseEndingAt(j - 1, recentSpeakers);
                if (head == null) return relativeHead;
                head = new Speaker(a.text().substring(head.start(), end), head.entity(), head.start(), end, head.resolution());
                if (relativeHead != null) return appositiveOpens(j + 1) && head.resolution().equals("name") ? head : relativeHead;
                if (!relative) return head;
                relativeHead = head;
                verb = false;
                continue;
            }
            // "Mr. Smith, asked about the deaths, had said": a participle opening the appositive, tagged past tense.
            boolean participle = toks.get(j).pos().equals("VBD") && toks.get(j - 1).word().equals(",");
            if (toks.get(j).pos().matches("VB[DZP]|MD") && !participle) verb = true;
            // "a close friend who was her chief of staff", "clad in a cape that formed …": a relative clause's verb
            // belongs to the appositive.
            if (w.matches("(?i)who|whom|whose|which") || toks.get(j).pos().matches("WDT|WP") && !toks.get(j - 1).word().equals(",")) verb = false;
            if (w.equals("``") || w.equals("“")) continue; // the opening of a title whose closing mark came before the comma
            if (SubjectShapes.quoteMark(w)) { // a quoted title inside the appositive: "the co-author of “Going Viral,”"
                int open = j - 1;
                while (open > j - 8 && open > 0 && !SubjectShapes.quoteMark(toks.get(open).word())) open--;
                if (!SubjectShapes.quoteMark(toks.get(open).word()) || toks.get(open).sentence() != sentence) return relativeHead;
                j = open;
            }
        }
        return relativeHead;
    }

    /** "a longtime loyalist", "the former governor": what opens an appositive rather than a name or a clause. */
    private boolean appositiveOpens(int k) {
        return a.tokens().get(k).pos().matches("DT|PRP\\$|JJ.*|CD") && entities.at(a.tokens().get(k).start()) == null;
    }

    /** "from Jackson, Miss.," / "of Austin, Texas,": a comma between a town and its state or country. */
    private boolean placeBefore(int comma) {
        List<Token> toks = a.tokens();
        if (comma < 2 || comma + 2 >= toks.size() || !toks.get(comma + 2).word().equals(",")) return false;
        Token state = toks.get(comma + 1);
        EntityIndex.Hit hit = entities.at(state.start());
        boolean place = hit != null && hit.entity().type().matches("GPE|LOCATION") || state.word().matches("[A-Z][a-z]{0,4}\\.");
        // "Mitch McConnell, R-Ky., said": a party and state after a name is its appositive, not a town's state.
        return place && state.pos().startsWith("NNP") && toks.get(comma - 1).pos().equals("NNP") && !state.word().matches("[RDI]-.+");
    }

    /** The noun phrase whose last token is k, resolved to an entity where one is named there. */
    Speaker nounPhraseEndingAt(int k, List<String> recentSpeakers) {
        List<Token> toks = a.tokens();
        Token t = toks.get(k);
        EntityIndex.Hit hit = entities.at(t.start());
        if (hit != null) {
            return new Speaker(hit.mention().text(), hit.entity().id(), hit.mention().start(), hit.mention().end(), "name");
        }
        if (t.pos().equals("PRP")) return pronounAt(k, recentSpeakers);
        // "…, who believes …": annotators mark the relative pronoun itself as the source.
        if (t.pos().equals("WP") && lower(t).equals("who")) return new Speaker(t.word(), null, t.start(), t.end(), "unresolved");
        if (!t.pos().startsWith("NN")) return null;
        int s = k;
        while (s - 1 >= 0 && toks.get(s - 1).sentence() == t.sentence() && NP_INNER.contains(toks.get(s - 1).pos())) s--;
        int start = toks.get(s).start(), end = t.end();
        for (int i = s; i <= k; i++) { // "the Turkish officials": an entity inside the phrase names it
            EntityIndex.Hit inner = entities.at(toks.get(i).start());
            if (inner != null && inner.mention().end() == end) {
                return new Speaker(a.text().substring(start, end), inner.entity().id(), start, end, "name");
            }
        }
        return new Speaker(a.text().substring(start, end), null, start, end, "noun");
    }

    /** "his warning", "their claim": the possessive pronoun, resolved as its personal pronoun would be. */
    Speaker possessiveAt(int k, List<String> recentSpeakers) {
        Token t = a.tokens().get(k);
        String p = lower(t);
        if (p.equals("his") || p.equals("her")) {
            EntityIndex.Hit who = entities.lastPersonBefore(t.start(), recentSpeakers);
            if (who != null) return new Speaker(t.word(), who.entity().id(), t.start(), t.end(), "pronoun");
        }
        return p.matches("his|her|their|its|my|our") ? new Speaker(t.word(), null, t.start(), t.end(), "unresolved") : null;
    }

    private Speaker pronounAt(int k, List<String> recentSpeakers) {
        Token t = a.tokens().get(k);
        String p = lower(t);
        if (!PRONOUNS.contains(p)) return null;
        if (p.equals("he") || p.equals("she")) {
            EntityIndex.Hit who = entities.lastPersonBefore(t.start(), recentSpeakers);
            if (who != null) return new Speaker(t.word(), who.entity().id(), t.start(), t.end(), "pronoun");
        }
        return new Speaker(t.word(), null, t.start(), t.end(), "unresolved");
    }

    private static String lower(Token t) { return t.word().toLowerCase(Locale.ROOT); }
}
