package org.sitrep.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.ingest.CorpusReader;
import org.sitrep.ingest.ReadOptions;
import org.sitrep.ingest.TextDecoder;
import org.sitrep.model.Article;

/** The topic's message format: an article read back from its message is the article that was sent, field for field. */
class ArticleMessagesTest {

    @TempDir
    Path dir;

    private List<Article> read(Path... inputs) {
        List<Article> out = new ArrayList<>();
        List<String> names = java.util.Arrays.stream(inputs).map(Path::toString).toList();
        new CorpusReader(new ReadOptions(null, "auto", TextDecoder.DEFAULT_MAX_BYTES)).read(names, System.in, (l, raw) -> {
            assertThat(l.failed()).as(l.error()).isFalse();
            out.add(l.article());
        });
        return out;
    }

    @Test
    void articlesOfEveryReaderComeBackEqual() throws Exception {
        Path html = Files.writeString(dir.resolve("page.html"), "<html><head><title>Dam breaks</title><meta name=\"author\" content=\"A. Writer\">"
                + "</head><body><article><p>BAGHDAD (Reuters) - A dam broke on Monday, officials said.</p><figcaption>A photo</figcaption>"
                + ("<p>Thousands of people fled their homes in the valley below the dam, and the army sent boats to carry them to "
                + "higher ground, the provincial governor told reporters in the capital.</p>").repeat(4) + "</article></body></html>");
        Path jsonl = Files.writeString(dir.resolve("a.jsonl"), "{\"title\":\"Talks\",\"text\":\"Leaders met in Geneva on Tuesday.\","
                + "\"date\":\"2020-01-02\",\"outlet\":\"Wire\",\"url\":\"https://example.org/a\"}\n");
        List<Article> articles = read(Path.of("examples/nrt-2019-11-19-isis-prison-breaks.txt"), html, jsonl);
        assertThat(articles).hasSize(3);
        for (Article a : articles) {
            assertThat(ArticleMessages.article(ArticleMessages.value(a))).isEqualTo(a);
            assertThat(new String(ArticleMessages.key(a), StandardCharsets.UTF_8)).isEqualTo(a.id()).startsWith("sha256:");
        }
    }

    @Test
    void aValueThatIsNoArticleIsRefusedWithItsReason() {
        assertThatThrownBy(() -> ArticleMessages.article("{\"title\":\"no id\"}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a sitrep article");
        assertThatThrownBy(() -> ArticleMessages.article("[1,2".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a sitrep article");
    }
}
