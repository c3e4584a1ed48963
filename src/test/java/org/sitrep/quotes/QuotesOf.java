package org.sitrep.quotes;

import java.util.List;
import org.sitrep.ingest.ContentHash;
import org.sitrep.model.Article;
import org.sitrep.model.Quote;
import org.sitrep.pipeline.SharedAnalyzer;

/** The quotes the whole pipeline finds in a text, published 2016-01-05 (test helper). */
final class QuotesOf {

    private QuotesOf() {}

    static List<Quote> text(String text) {
        Article a = new Article(ContentHash.of(null, text), "test", "txt", null, null, null, null, null, "2016-01-05", "en", text, List.of());
        return SharedAnalyzer.get().analyze(a).quotes();
    }
}
