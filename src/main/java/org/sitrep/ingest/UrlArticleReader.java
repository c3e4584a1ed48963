package org.sitrep.ingest;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.BiConsumer;
import org.sitrep.model.Article;

/**
 * A feed or page URL the user named: fetched once ({@link UrlFetcher}), then read as a feed exactly like a feed file
 * ({@link FeedArticleReader}), or, when the body is an HTML page, as one article ({@link HtmlArticleReader}) whose
 * source is the URL. Links inside feeds and pages are kept as article URLs and never fetched.
 */
public final class UrlArticleReader {

    private final UrlFetcher fetcher;
    private final String published;
    private final FeedArticleReader feeds = new FeedArticleReader();
    private final HtmlArticleReader html = new HtmlArticleReader();

    public UrlArticleReader(UrlFetcher fetcher, String published) {
        this.fetcher = fetcher;
        this.published = published;
    }

    /** Reads one URL; any failure is one {@link Loaded#failed} naming the URL. */
    public void read(String url, BiConsumer<Loaded, byte[]> sink) {
        try {
            URI uri;
            try {
                uri = new URI(url);
            } catch (java.net.URISyntaxException e) {
                throw new IngestException("malformed URL: " + e.getReason());
            }
            UrlFetcher.Fetched f = fetcher.fetch(uri);
            if (f.body().length == 0) throw new IngestException("empty response");
            switch (kindOf(f.contentType(), f.body())) {
                case "feed" -> feeds.read(url, f.body(), published, sink);
                case "html" -> {
                    Article a = html.read(url, f.body(), published);
                    sink.accept(Loaded.ok(a.url() != null ? a : withUrl(a, f.uri().toString())), f.body());
                }
                default -> throw new IngestException("not a feed or an HTML page (Content-Type: "
                        + (f.contentType().isBlank() ? "none" : f.contentType()) + ")");
            }
        } catch (IngestException e) {
            sink.accept(Loaded.failed(url, e.getMessage()), null);
        } catch (RuntimeException e) {
            sink.accept(Loaded.failed(url, "cannot read: " + e), null);
        }
    }

    /** feed, html or other: by the body's first bytes (servers often mislabel feeds), then by the Content-Type. */
    static String kindOf(String contentType, byte[] body) {
        String h = new String(body, 0, Math.min(body.length, 2048), StandardCharsets.ISO_8859_1).stripLeading().toLowerCase(Locale.ROOT);
        if (h.startsWith("\u00ef\u00bb\u00bf")) h = h.substring(3).stripLeading(); // a UTF-8 byte-order mark
        if (h.startsWith("<rss") || h.startsWith("<feed") || h.startsWith("<rdf:rdf")
                || h.startsWith("<?xml") && (h.contains("<rss") || h.contains("<feed") || h.contains("<rdf:rdf"))) return "feed";
        if (h.startsWith("<!doctype html") || h.startsWith("<html") || h.contains("<body")) return "html";
        String type = contentType.toLowerCase(Locale.ROOT);
        if (type.contains("rss") || type.contains("atom")) return "feed";
        if (type.contains("html")) return "html";
        return "other";
    }

    private static Article withUrl(Article a, String url) {
        return new Article(a.id(), a.source(), a.format(), a.title(), a.publisher(), a.author(), url, a.dateline(), a.published(),
                a.language(), a.text(), a.furniture());
    }
}
