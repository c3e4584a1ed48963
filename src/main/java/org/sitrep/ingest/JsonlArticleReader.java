package org.sitrep.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.util.function.Consumer;
import org.sitrep.model.Article;

/**
 * JSON Lines of articles: one object a line with {@code text} (required) and optional {@code title}, {@code date}
 * (or {@code published}), {@code outlet} (or {@code publisher}), {@code url}, {@code author}, {@code language}.
 * A bad line is reported with its line number and the rest are still read.
 */
public final class JsonlArticleReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    public void read(String source, BufferedReader lines, String published, Consumer<Loaded> sink) throws IOException {
        String line;
        int n = 0;
        while ((line = lines.readLine()) != null) {
            n++;
            if (line.isBlank()) continue;
            String where = source + ":" + n;
            try {
                sink.accept(Loaded.ok(parse(where, line, published)));
            } catch (IngestException e) {
                sink.accept(Loaded.failed(where, e.getMessage()));
            }
        }
    }

    Article parse(String where, String line, String published) throws IngestException {
        JsonNode o;
        try {
            o = JSON.readTree(line);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IngestException("not a JSON object: " + e.getOriginalMessage());
        }
        if (o == null || !o.isObject()) throw new IngestException("not a JSON object");
        String text = str(o, "text");
        if (text == null || text.isBlank()) throw new IngestException("no \"text\" field");
        String title = str(o, "title");
        // A JSONL story keeps its text as given, but a dateline at its start is still recognised.
        String body = text.strip();
        if (title != null && body.startsWith(title)) {
            body = body.substring(title.length()).replaceFirst("^[.\\s]+", "");
            if (body.isEmpty()) body = text.strip();
        }
        String date = first(str(o, "date"), str(o, "published"), published);
        if (date != null && date.length() > 10 && date.charAt(4) == '-') date = date.substring(0, 10);
        String publisher = first(str(o, "publisher"), str(o, "outlet"), null);
        String lang = first(str(o, "language"), "en", null);
        return new Article(ContentHash.of(title, body), where, "jsonl", title, publisher, str(o, "author"), str(o, "url"),
                StoryLayout.dateline(body), date, lang, body, java.util.List.of());
    }

    private static String str(JsonNode o, String field) {
        JsonNode v = o.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static String first(String a, String b, String c) { return a != null ? a : b != null ? b : c; }
}
