package org.sitrep.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sitrep.ingest.IngestException;
import org.sitrep.ingest.Loaded;
import org.sitrep.ingest.UrlArticleReader;
import org.sitrep.ingest.UrlFetcher;
import org.sitrep.model.Article;

/**
 * {@code {"url": "https://..."}} as the body of {@code POST /api/ingest} or {@code /api/analyze}: the server fetches
 * the page with the CLI's fetcher (timeouts, size cap = the body limit, at most 5 redirects, http(s) only) behind the
 * SSRF guard of its options, checked on the first request and on every redirect hop, and reads it with the CLI's
 * HTML reader. One request is one article: a feed of several items or an OPML list is refused (reading those is {@code sitrep ingest URL}'s job).
 */
final class UrlSubmission {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A URL to fetch, and the publication date the client gave for it (or null). */
    record Request(String url, String published) {}

    /** The article read from the page, and the page's bytes (what the store keeps as the raw input). */
    record Fetched(Article article, byte[] raw) {}

    private final UrlFetcher fetcher;

    UrlSubmission(WebOptions options) {
        this.fetcher = new UrlFetcher(options.maxBodyBytes(), options.urlGuard());
    }

    /** The request when the body is a JSON object with a "url" and no "text"; null for any other body (read as an article). */
    static Request request(String contentType, byte[] body, String publishedParam) {
        String mime = contentType == null ? "" : contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (!mime.equals("application/json") || body.length == 0) return null;
        JsonNode o;
        try {
            o = JSON.readTree(body);
        } catch (IOException e) {
            return null; // the article reader reports malformed JSON
        }
        if (o == null || !o.isObject() || !o.has("url") || o.has("text")) return null;
        if (!o.get("url").isTextual() || o.get("url").asText().isBlank()) throw ApiError.badRequest("\"url\" must be an http(s) URL");
        JsonNode date = o.has("published") ? o.get("published") : o.get("date");
        String published = date != null && !date.isNull() ? date.asText() : publishedParam;
        if (published != null && !published.isBlank()) Submission.checkDate(published, "the publication date");
        return new Request(o.get("url").asText().strip(), published == null || published.isBlank() ? null : published);
    }

    /** Fetches and reads the page: 400 for a refused or unreadable URL, 413 over the size cap, 502 when the site fails. */
    Fetched fetch(Request r) {
        URI uri;
        try {
            uri = new URI(r.url());
        } catch (URISyntaxException e) {
            throw ApiError.badRequest("malformed URL: " + e.getReason());
        }
        if (!UrlFetcher.isHttp(uri) || uri.getRawUserInfo() != null) throw ApiError.badRequest("only http and https URLs with a host (and no user:password) are fetched");
        UrlFetcher.Fetched page;
        try {
            page = fetcher.fetch(uri);
        } catch (UrlFetcher.Refused e) {
            throw ApiError.badRequest(e.getMessage());
        } catch (IngestException e) {
            throw new ApiError(e.getMessage().startsWith("too large") ? 413 : 502, "cannot fetch " + r.url() + ": " + e.getMessage());
        }
        List<Loaded> loaded = new ArrayList<>();
        List<byte[]> raws = new ArrayList<>();
        try {
            new UrlArticleReader(fetcher, r.published()).read(r.url(), page, (l, raw) -> {
                loaded.add(l);
                raws.add(raw);
            });
        } catch (IngestException e) {
            throw ApiError.badRequest("cannot read " + r.url() + ": " + e.getMessage());
        }
        if (loaded.size() != 1) {
            throw ApiError.badRequest("the URL is a feed of " + loaded.size() + " items; one request takes one article (sitrep ingest URL reads feeds)");
        }
        Loaded l = loaded.get(0);
        if (l.failed()) throw ApiError.badRequest("cannot read " + r.url() + ": " + l.error());
        return new Fetched(l.article(), raws.get(0) != null ? raws.get(0) : page.body());
    }
}
