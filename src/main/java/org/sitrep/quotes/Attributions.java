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

    public Result find(Article article, Annotated annotated, List<Entity> entities) {
        QuoteFinder.Found found = quotes.find(annotated, entities);
        return new Result(found.quotes(), chains.build(article, annotated, entities, found));
    }
}
