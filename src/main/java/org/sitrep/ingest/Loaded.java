package org.sitrep.ingest;

import org.sitrep.model.Article;

/** One article read from an input, or the reason it could not be read; {@code source} names the input (and line). */
public record Loaded(String source, Article article, String error) {
    public static Loaded ok(Article a) { return new Loaded(a.source(), a, null); }

    public static Loaded failed(String source, String reason) { return new Loaded(source, null, reason); }

    public boolean failed() { return article == null; }
}
