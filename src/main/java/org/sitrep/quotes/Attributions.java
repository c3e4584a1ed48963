package org.sitrep.quotes;

import java.util.List;
import org.sitrep.annotate.Annotated;
import org.sitrep.model.Article;
import org.sitrep.model.Claim;
import org.sitrep.model.Entity;
import org.sitrep.model.Quote;

/** The quotes stage: quotations, then the claims they carry with their source chains. Thread-safe. */
public final class Attributions {

    /** The stage's output. */
    public record Result(List<Quote> quotes, List<Claim> claims) {}

    private final QuoteFinder quotes = new QuoteFinder();
    private final SourceChains chains = new SourceChains();

    /**
     * Whether a quote's cue is a verb of saying from the hand-kept lexicon ("said", "warned", "accused"), or a phrase
     * ("according to"): what reports rather than acts. A cue learned from annotated attributions ("supported",
     * "sought", "visited") reports a position but is also the act itself, so the events stage codes it as a verb of
     * its own and does not stop its search for actors there.
     */
    public static boolean reports(Quote.Cue cue) {
        return cue != null && (cue.lemma().indexOf(' ') >= 0 || !Character.isLetter(cue.lemma().charAt(0)) || Cues.standard().get(cue.lemma()) != null);
    }

    public Result find(Article article, Annotated annotated, List<Entity> entities) {
        QuoteFinder.Found found = quotes.find(annotated, entities);
        return new Result(found.quotes(), chains.build(article, annotated, entities, found));
    }
}
