package org.sitrep.ingest;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.BiConsumer;
import org.sitrep.model.Article;

/**
 * A feed or page URL the user named: fetched once ({@link UrlFetcher}), then read as a feed exactly like a feed file
 * ({@link FeedArticleReader}), or, when the body is an HTML page, as one article ({@link HtmlArticleReader}) whose
 * source is the URL. An OPML list at a URL is expanded like an OPML file: each feed it lists is fetched and read, one
 * level deep (a list inside a list is reported, not followed, so a list cannot send ingest round in circles). Links
 * inside feeds and pages are kept as article URLs and never fetched.
 */
public final class UrlArticleReader {

    private final UrlFetcher fetcher;
    private final String published;
    private final FeedArticleReader feeds = new FeedArticleReader();
    private final HtmlArticleReader html = new HtmlArticleReader();
    private final OpmlReader opml = new OpmlReader();

    public UrlArticleReader(UrlFetcher fetcher, String published) {
        this.fetcher = fetcher;
        this.published = published;
    }

    /** Reads one URL; any failure is one {@link Loaded#failed} naming the URL. */
    public void read(String url, BiConsumer<Loaded, byte[]> sink) { fetchAndRead(url, null, sink); }

    /** @param noLists null to expand an OPML list, else why one is refused (a list inside a list) */
    private void fetchAndRead(String url, String noLists, BiConsumer<Loaded, byte[]> sink) {
        try {
            URI uri;
            try {
                uri = new URI(url);
            } catch (java.net.URISyntaxException e) {
                throw new IngestException("malformed URL: " + e.getReason());
            }
            readFetched(url, fetcher.fetch(uri), noLists, sink);
        } catch (IngestException e) {
            sink.accept(Loaded.failed(url, e.getMessage()), null);
        } catch (RuntimeException e) {
            sink.accept(Loaded.failed(url, "cannot read: " + e), null);
        }
    }

    /**
     * Reads a body already fetched from {@code url} (the server fetches it itself, to tell a refused URL from one
     * that failed): a feed gives its items, an HTML page one article. An OPML list is refused: it would have the
     * server fetch every feed it names for one request.
     */
    public void read(String url, UrlFetcher.Fetched f, BiConsumer<Loaded, byte[]> sink) throws IngestException {
        readFetched(url, f, "an OPML list is not read here (sitrep ingest reads lists)", sink);
    }

    private void readFetched(String url, UrlFetcher.Fetched f, String noLists, BiConsumer<Loaded, byte[]> sink) throws IngestException {
        if (f.body().length == 0) throw new IngestException("empty response");
        switch (kindOf(f.contentType(), f.body())) {
            case "feed" -> feeds.read(url, f.body(), published, sink);
            case "opml" -> {
                if (noLists != null) throw new IngestException(noLists);
                opml.feedUrls(f.body()).forEach(feed -> fetchAndRead(resolve(f.uri(), feed), "an OPML list inside an OPML list is not followed", sink));
            }
            case "html" -> {
                Article a = html.read(url, f.body(), published);
                sink.accept(Loaded.ok(a.url() != null ? a : withUrl(a, f.uri().toString())), f.body());
            }
            default -> throw new IngestException("not a feed or an HTML page (Content-Type: "
                    + (f.contentType().isBlank() ? "none" : f.contentType()) + ")");
        }
    }

    /** feed, opml, html or other: by the body's first bytes (servers often mislabel feeds), then by the Content-Type. */
    static String kindOf(String contentType, byte[] body) {
        String h = new String(body, 0, Math.min(body.length, 2048), StandardCharsets.ISO_8859_1).stripLeading().toLowerCase(Locale.ROOT);
        if (h.startsWith("\u00ef\u00bb\u00bf")) h = h.substring(3).stripLeading(); // a UTF-8 byte-order mark
        if (h.startsWith("<opml") || h.startsWith("<?xml") && h.contains("<opml")) return "opml";
        if (h.startsWith("<rss") || h.startsWith("<feed") || h.startsWith("<rdf:rdf")
                || h.startsWith("<?xml") && (h.contains("<rss") || h.contains("<feed") || h.contains("<rdf:rdf"))) return "feed";
        if (h.startsWith("<!doctype html") || h.startsWith("<html") || h.contains("<body")) return "html";
        String type = contentType.toLowerCase(Locale.ROOT);
        if (type.contains("opml")) return "opml";
        if (type.contains("rss") || type.contains("atom")) return "feed";
        if (type.contains("html")) return "html";
        return "other";
    }

    /** A list's relative xmlUrl ("/world.rss") is relative to the list's own URL; a malformed one is left to fail as itself. */
    private static String resolve(URI base, String url) {
        try {
            return base.resolve(url).toString();
        } catch (IllegalArgumentException e) {
            return url;
        }
    }

    private static Article withUrl(Article a, String url) {
        return new Article(a.id(), a.source(), a.format(), a.title(), a.publisher(), a.author(), url, a.dateline(), a.published(),
                a.language(), a.text(), a.furniture());
    }
}
