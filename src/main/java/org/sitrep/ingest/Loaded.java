package org.sitrep.ingest;

import org.sitrep.model.Article;

/** One article read from an input, or the reason it could not be read; {@code source} names the input (and line). */
public record Loaded(String source, Article article, String error) {
    public static Loaded ok(Article a) { return new Loaded(a.source(), a, null); }

    /** The reason is folded onto one line: callers print it as a single "source: reason" line on stderr. */
    public static Loaded failed(String source, String reason) {
        String oneLine = reason == null || reason.isBlank() ? "unreadable" : reason.strip().replaceAll("\\s*\\R\\s*", " ");
        return new Loaded(source, null, oneLine);
    }

    public boolean failed() { return article == null; }
}
