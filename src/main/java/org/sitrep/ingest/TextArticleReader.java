package org.sitrep.ingest;

import org.sitrep.model.Article;

/** Plain-text stories: headline, furniture, dateline and credit found by {@link StoryLayout}. */
public final class TextArticleReader {

    public Article read(String source, String raw, String published) throws IngestException {
        if (raw.isBlank()) throw new IngestException("empty input (only white space)");
        if (StoryLayout.onlyFurniture(raw)) throw new IngestException("no story text (only page furniture such as view counters and share buttons)");
        StoryLayout.Parts p = StoryLayout.parse(raw);
        return new Article(ContentHash.of(p.title(), p.body()), source, "txt", p.title(), p.publisher(), p.author(), null,
                p.dateline(), published, "en", p.body(), p.furniture());
    }
}
