package org.sitrep.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.sitrep.model.Article;

/**
 * WARC archives (.warc, .warc.gz; jwarc): every response record of an HTML page with status 200 becomes an article
 * through the HTML reader. Other records (requests, metadata, images, redirects) are skipped silently. A record
 * that cannot be parsed ends the archive with a clear error; the records before it are kept.
 */
public final class WarcArticleReader {

    private final HtmlArticleReader html = new HtmlArticleReader();

    /** @return how many HTML pages were found */
    public int read(Path file, String published, long maxBytes, BiConsumer<Loaded, byte[]> sink) throws IngestException {
        String source = file.toString();
        int pages = 0;
        long records = 0;
        try (WarcReader reader = new WarcReader(file)) {
            while (true) {
                Optional<WarcRecord> next;
                try {
                    next = reader.next();
                } catch (IOException | RuntimeException e) {
                    throw new IngestException((records == 0 ? "not a WARC file: " : "malformed WARC after " + records + " records: ") + e.getMessage());
                }
                if (next.isEmpty()) break;
                records++;
                if (!(next.get() instanceof WarcResponse response)) continue;
                String where = source + "#" + (response.target() != null ? response.target() : "record " + records);
                try {
                    HttpResponse http = response.http();
                    if (http.status() != 200 || !isHtml(http.contentType())) continue;
                    pages++;
                    byte[] body;
                    try (InputStream in = http.bodyDecoded().stream()) { // undoes gzip and chunking
                        body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
                    }
                    TextDecoder.checkSize(body.length, maxBytes);
                    Article a = html.read(where, body, published);
                    if (a.url() == null) a = withUrl(a, response.target());
                    sink.accept(Loaded.ok(a), body);
                } catch (IngestException e) {
                    sink.accept(Loaded.failed(where, e.getMessage()), null);
                } catch (IOException | RuntimeException e) {
                    sink.accept(Loaded.failed(where, "truncated or malformed WARC record: " + e.getMessage()), null);
                }
            }
        } catch (IOException e) {
            throw new IngestException("cannot read WARC: " + e.getMessage());
        }
        if (records == 0) throw new IngestException("not a WARC file (no records)");
        return pages;
    }

    private static boolean isHtml(MediaType type) {
        if (type == null) return false;
        String t = (type.type() + "/" + type.subtype()).toLowerCase(Locale.ROOT);
        return t.equals("text/html") || t.equals("application/xhtml+xml");
    }

    private static Article withUrl(Article a, String url) {
        return new Article(a.id(), a.source(), a.format(), a.title(), a.publisher(), a.author(), url, a.dateline(), a.published(),
                a.language(), a.text(), a.furniture());
    }
}
