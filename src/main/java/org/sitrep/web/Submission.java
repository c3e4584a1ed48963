package org.sitrep.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sitrep.ingest.Inputs;
import org.sitrep.ingest.Loaded;
import org.sitrep.ingest.ReadOptions;
import org.sitrep.model.Article;

/**
 * Turns a request body into an {@link Article} through the same readers as {@code sitrep analyze}, so the API and
 * the CLI read an input alike: {@code text/plain} (the text reader: headline, dateline, credit line),
 * {@code text/html} (main-body extraction and page metadata) or {@code application/json}
 * ({@code {text, title, published, url, publisher, author}}, read as one JSON Lines record).
 */
final class Submission {

    /** What {@link Article#source()} says for an article that came through the API. */
    static final String SOURCE = "api";

    private static final ObjectMapper JSON = new ObjectMapper();

    private Submission() {}

    /**
     * @param contentType the request's Content-Type, or null (read as plain text, like curl's {@code --data-binary} with a type)
     * @param published   the {@code published} query parameter, or null
     */
    static Article read(String contentType, byte[] body, String published, long maxBytes) {
        if (body.length == 0) throw ApiError.badRequest("empty body: send the article as text/plain, text/html or application/json");
        if (published != null && !published.isBlank()) checkDate(published, "the published parameter");
        String mime = contentType == null ? "text/plain" : contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return switch (mime) {
            case "text/plain", "" -> load("txt", utf8(body, contentType), published, maxBytes);
            case "text/html", "application/xhtml+xml" -> load("html", body, published, maxBytes);
            case "application/json" -> load("jsonl", jsonRecord(body), published, maxBytes);
            default -> throw new ApiError(415, "unsupported Content-Type '" + mime
                    + "': send the article as text/plain, text/html or application/json");
        };
    }

    private static Article load(String format, byte[] bytes, String published, long maxBytes) {
        List<Loaded> loaded = new ArrayList<>(1);
        new Inputs(new ReadOptions(blankToNull(published), format, maxBytes)).read(SOURCE, bytes, loaded::add);
        if (loaded.size() != 1) throw ApiError.badRequest("expected one article in the body, found " + loaded.size());
        Loaded l = loaded.get(0);
        if (l.failed()) {
            int status = l.error().startsWith("too large") ? 413 : 400;
            throw new ApiError(status, "cannot read the article: " + l.error());
        }
        Article a = l.article();
        // The JSON Lines reader names the record by its line ("api:1"); one request holds one article.
        return new Article(a.id(), SOURCE, a.format(), a.title(), a.publisher(), a.author(), a.url(), a.dateline(),
                a.published(), a.language(), a.text(), a.furniture());
    }

    /**
     * A JSON body may be pretty-printed; it is checked here and written back on one line for the JSON Lines reader,
     * which then applies the same field rules as for a JSONL input.
     */
    private static byte[] jsonRecord(byte[] body) {
        JsonNode o;
        try {
            o = JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw ApiError.badRequest("malformed JSON: " + e.getOriginalMessage());
        } catch (java.io.IOException e) {
            throw ApiError.badRequest("unreadable JSON body");
        }
        if (o == null || !o.isObject()) throw ApiError.badRequest("the JSON body must be an object: {\"text\": ..., \"title\": ..., \"published\": ..., \"url\": ...}");
        JsonNode text = o.get("text");
        if (text == null || !text.isTextual()) throw ApiError.badRequest("the JSON body has no \"text\" string");
        if (text.asText().isBlank()) throw ApiError.badRequest("the JSON body's \"text\" is empty");
        JsonNode date = o.has("published") ? o.get("published") : o.get("date");
        if (date != null && !date.isNull()) checkDate(date.asText(), "\"published\"");
        try {
            return JSON.writeValueAsBytes(o);
        } catch (JsonProcessingException e) {
            throw ApiError.badRequest("unreadable JSON body");
        }
    }

    /** A declared charset other than UTF-8 is honoured, so the text reader (strict UTF-8) gets UTF-8. */
    private static byte[] utf8(byte[] body, String contentType) {
        if (contentType == null) return body;
        for (String param : contentType.split(";")) {
            String[] kv = param.strip().split("=", 2);
            if (kv.length == 2 && kv[0].strip().equalsIgnoreCase("charset")) {
                String name = kv[1].strip().replace("\"", "");
                Charset cs;
                try {
                    cs = Charset.forName(name);
                } catch (RuntimeException e) {
                    throw new ApiError(415, "unknown charset '" + name + "'");
                }
                return cs.equals(StandardCharsets.UTF_8) ? body : new String(body, cs).getBytes(StandardCharsets.UTF_8);
            }
        }
        return body;
    }

    static void checkDate(String value, String what) {
        String day = value.length() > 10 && value.charAt(4) == '-' ? value.substring(0, 10) : value;
        try {
            LocalDate.parse(day);
        } catch (DateTimeParseException e) {
            throw ApiError.badRequest(what + " must be an ISO date like 2019-11-19, not '" + value + "'");
        }
    }

    private static String blankToNull(String s) { return s == null || s.isBlank() ? null : s; }
}
