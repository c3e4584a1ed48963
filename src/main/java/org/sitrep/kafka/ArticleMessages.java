package org.sitrep.kafka;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.sitrep.model.Article;
import org.sitrep.report.JsonOutput;

/**
 * The message of one article on the topic: key = the content hash ({@link Article#id}), so every copy of an article
 * lands in the same partition and a consumer can deduplicate by key; value = the article as JSON, the same object as a
 * reading's {@code article} field (docs/output-format.md), so it is read back with the contract's own mapper; header
 * {@value #RAW_HEADER} = the raw input bytes the article was read from, which the store keeps beside the reading.
 */
public final class ArticleMessages {

    public static final String DEFAULT_TOPIC = "sitrep.articles";
    public static final String RAW_HEADER = "sitrep.raw";

    private ArticleMessages() {}

    public static byte[] key(Article a) { return a.id().getBytes(StandardCharsets.UTF_8); }

    public static byte[] value(Article a) {
        try {
            return JsonOutput.mapper().writeValueAsBytes(a);
        } catch (IOException e) {
            throw new UncheckedIOException("an article could not be written as JSON", e);
        }
    }

    /** The article of a message value; throws {@link IllegalArgumentException} when the bytes are not one. */
    public static Article article(byte[] value) {
        try {
            Article a = JsonOutput.mapper().readValue(value, Article.class);
            if (a == null || a.id() == null || a.text() == null) throw new IllegalArgumentException("not a sitrep article (no id or text)");
            return a;
        } catch (IOException e) {
            throw new IllegalArgumentException("not a sitrep article: " + e.getMessage(), e);
        }
    }
}
