package org.sitrep.quotes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.annotate.Annotated;
import org.sitrep.annotate.Token;
import org.sitrep.model.Article;
import org.sitrep.model.Claim;
import org.sitrep.model.Claim.Evidence;
import org.sitrep.model.Claim.Source;
import org.sitrep.model.Entity;
import org.sitrep.model.Mention;
import org.sitrep.model.Quote;

/**
 * Builds a claim for every quote, with its chain of sources from the publisher to the original speaker:
 * the publisher's credit, every report it is nested in ("CNN reported that …"), the medium the speaker spoke to
 * ("told CNN", "an interview with CNN": for all of that speaker's claims in the article), then the speaker;
 * plus the evidence the speaker cites, for the claims it supports.
 */
final class SourceChains {

    private static final Pattern INTERVIEW = Pattern.compile("\\b(?:interview|interviews|remarks|conversation|speaking|spoke|talking|talked) (?:with|to) ");
    private static final Set<String> LIGHT_VERBS = Set.of("be", "have", "do", "will", "would", "can", "could", "may", "might", "should", "say", "tell");

    List<Claim> build(Article article, Annotated a, List<Entity> entities, QuoteFinder.Found found) {
        Map<String, Entity> byId = new HashMap<>();
        entities.forEach(e -> byId.put(e.id(), e));
        Map<String, Quote> quotes = new HashMap<>();
        found.quotes().forEach(q -> quotes.put(q.id(), q));
        Map<String, Source> media = mediaBySpeaker(a, entities, found.quotes());
        Source publisher = publisher(article, entities);

        Map<String, Evidence> evidence = new HashMap<>();
        for (QuoteFinder.Cited c : found.evidence()) evidence.put(c.quoteId(), new Evidence(a.text().substring(c.start(), c.end()), c.start(), c.end()));
        List<Claim> claims = new ArrayList<>();
        for (Quote q : found.quotes()) {
            List<Source> chain = new ArrayList<>();
            if (publisher != null) chain.add(publisher);
            List<Quote> reporters = new ArrayList<>();
            for (Quote o = q.reportedBy() == null ? null : quotes.get(q.reportedBy()); o != null; o = o.reportedBy() == null ? null : quotes.get(o.reportedBy())) {
                reporters.add(0, o);
            }
            for (Quote o : reporters) addLayer(chain, speakerLayer(o, byId, "outlet", o.cue() == null ? "reported" : o.cue().text()));
            String who = q.speaker() == null ? null : q.speaker().entity();
            if (q.addressee() != null) {
                addLayer(chain, new Source("outlet", q.addressee().entity() == null ? q.addressee().text() : byId.get(q.addressee().entity()).name(),
                        q.addressee().entity(), q.addressee().start(), q.addressee().end(), (q.cue() == null ? "told" : q.cue().text()) + " " + q.addressee().text()));
            } else if (who != null && media.containsKey(who)) {
                addLayer(chain, media.get(who));
            }
            if (q.speaker() != null) addLayer(chain, speakerLayer(q, byId, "speaker", q.cue() == null ? "quoted" : q.cue().text()));
            String stance = q.cue() == null ? "said" : stanceOf(q.cue().lemma());
            claims.add(new Claim("c" + (claims.size() + 1), q.id(), q.text(), q.start(), q.end(), stance, chain,
                    evidenceFor(q, found.quotes(), evidence, a)));
        }
        return claims;
    }

    private static void addLayer(List<Source> chain, Source s) {
        if (s == null) return;
        for (Source c : chain) if (c.name().equalsIgnoreCase(s.name()) || s.entity() != null && s.entity().equals(c.entity())) return;
        chain.add(s);
    }

    private static Source speakerLayer(Quote q, Map<String, Entity> byId, String role, String basis) {
        if (q.speaker() == null) return null;
        Entity e = q.speaker().entity() == null ? null : byId.get(q.speaker().entity());
        return new Source(role, e == null ? q.speaker().text() : e.name(), q.speaker().entity(), q.speaker().start(), q.speaker().end(), basis);
    }

    private static String stanceOf(String lemma) {
        Cues.Cue c = Cues.standard().get(lemma);
        return c == null ? lemma : c.stance();
    }

    /** The publisher as the outermost layer: the organisation named in the credit line when the text names it. */
    private static Source publisher(Article article, List<Entity> entities) {
        if (article.publisher() == null) return null;
        for (Entity e : entities) {
            boolean named = e.name().equalsIgnoreCase(article.publisher()) || e.aliases().stream().anyMatch(x -> x.equalsIgnoreCase(article.publisher()));
            if (named) {
                Mention m = e.mentions().get(e.mentions().size() - 1);
                return new Source("publisher", e.name(), e.id(), m.start(), m.end(), "credit line");
            }
        }
        return new Source("publisher", article.publisher(), null, null, null, "metadata");
    }

    /** Speaker → the medium they spoke to: "told CNN", or "an interview with CNN" in a sentence where they speak. */
    private static Map<String, Source> mediaBySpeaker(Annotated a, List<Entity> entities, List<Quote> quotes) {
        Map<String, Source> out = new HashMap<>();
        EntityIndex index = new EntityIndex(entities);
        for (Quote q : quotes) {
            if (q.speaker() == null || q.speaker().entity() == null) continue;
            if (q.addressee() != null && q.addressee().entity() != null) {
                out.putIfAbsent(q.speaker().entity(), new Source("outlet", q.addressee().text(), q.addressee().entity(),
                        q.addressee().start(), q.addressee().end(), "told " + q.addressee().text()));
                continue;
            }
            var s = a.sentences().get(q.sentence());
            Matcher m = INTERVIEW.matcher(a.text()).region(s.start(), s.end());
            while (m.find()) {
                int at = m.end();
                while (at < s.end() && a.text().startsWith("the ", at)) at += 4;
                EntityIndex.Hit hit = index.at(at);
                if (hit != null && hit.entity().type().equals("ORGANIZATION")) {
                    String basis = a.text().substring(m.start(), hit.mention().end());
                    out.putIfAbsent(q.speaker().entity(), new Source("outlet", hit.entity().name(), hit.entity().id(),
                            hit.mention().start(), hit.mention().end(), basis));
                }
            }
        }
        return out;
    }

    /**
     * Evidence cited with one quote supports the speaker's other claims about the same thing: the same speaker and a
     * shared main verb ("was planning operations" and "are planning mass prison breaks").
     */
    private static Evidence evidenceFor(Quote q, List<Quote> all, Map<String, Evidence> cited, Annotated a) {
        if (cited.containsKey(q.id())) return cited.get(q.id());
        if (q.speaker() == null || q.speaker().entity() == null) return null;
        Set<String> verbs = contentVerbs(a, q);
        for (Quote o : all) {
            if (!cited.containsKey(o.id()) || o.speaker() == null || !q.speaker().entity().equals(o.speaker().entity())) continue;
            Set<String> other = contentVerbs(a, o);
            if (other.stream().anyMatch(verbs::contains)) return cited.get(o.id());
        }
        return null;
    }

    private static Set<String> contentVerbs(Annotated a, Quote q) {
        Set<String> out = new java.util.HashSet<>();
        for (int i = a.firstTokenAtOrAfter(q.start()); i < a.tokens().size() && a.tokens().get(i).end() <= q.end(); i++) {
            Token t = a.tokens().get(i);
            String lemma = t.lemma().toLowerCase(Locale.ROOT);
            if (t.pos().startsWith("VB") && !LIGHT_VERBS.contains(lemma)) out.add(lemma);
        }
        return out;
    }
}
