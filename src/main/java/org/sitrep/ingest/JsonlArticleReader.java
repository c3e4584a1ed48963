package org.sitrep.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.sitrep.model.Article;

/**
 * JSON Lines of articles: one object a line with {@code text} (required) and optional {@code title}, {@code date}
 * (or {@code published}), {@code outlet} (or {@code publisher}), {@code url}, {@code author}, {@code language}.
 * A bad line is reported with its line number and the rest are still read.
 */
public final class JsonlArticleReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Reads every line of a JSON Lines stream. The bytes of each line are decoded as strict UTF-8 on their own, so a
     * badly encoded line fails alone; lines longer than {@code maxLineBytes} are refused. Fails as a whole only when
     * the stream is binary or holds no line at all.
     */
    public void read(String source, InputStream in, String published, long maxLineBytes, Consumer<Loaded> sink)
            throws IOException, IngestException {
        BufferedInputStream buffered = new BufferedInputStream(in, 1 << 16);
        buffered.mark(8192);
        byte[] head = buffered.readNBytes(8192);
        buffered.reset();
        if (head.length == 0) throw new IngestException("empty input");
        TextDecoder.checkNotBinary(head, "JSON Lines");
        // ISO-8859-1 maps each byte to one char and back, and '\n' never occurs inside a UTF-8 sequence,
        // so lines are split on the raw bytes and decoded one by one.
        BufferedReader lines = new BufferedReader(new InputStreamReader(buffered, StandardCharsets.ISO_8859_1));
        String raw;
        int n = 0, articles = 0;
        while ((raw = lines.readLine()) != null) {
            n++;
            if (raw.isBlank()) continue;
            if (articles++ == 0) checkIsJsonLines(raw);
            String where = source + ":" + n;
            try {
                if (raw.length() > maxLineBytes) {
                    throw new IngestException(String.format("line too large: %.1f MB (the limit is %.1f MB; raise it with --max-bytes)",
                            raw.length() / 1048576.0, maxLineBytes / 1048576.0));
                }
                String line = TextDecoder.utf8(raw.getBytes(StandardCharsets.ISO_8859_1));
                sink.accept(Loaded.ok(parse(where, line, published)));
            } catch (IngestException e) {
                sink.accept(Loaded.failed(where, e.getMessage()));
            }
        }
        if (articles == 0) throw new IngestException("no articles (only blank lines)");
    }

    /** A JSON array or a pretty-printed object would fail on every line; it fails once, saying how to convert it. */
    private static void checkIsJsonLines(String firstLine) throws IngestException {
        String t = firstLine.strip();
        if (t.startsWith("[")) {
            throw new IngestException("a JSON array, not JSON Lines (one article object per line); convert it first, e.g. jq -c '.[]' FILE");
        }
        if (t.startsWith("{")) {
            try {
                JSON.readTree(t);
            } catch (com.fasterxml.jackson.core.io.JsonEOFException e) {
                throw new IngestException("JSON spread over several lines, not JSON Lines (one article object per line); "
                        + "convert it first, e.g. jq -c . FILE");
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) { // a malformed line: reported with its line number
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
        if (text == null) throw new IngestException("no \"text\" field");
        if (text.isBlank()) throw new IngestException("empty \"text\" field");
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
