package org.sitrep.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.function.BiConsumer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.sitrep.model.Article;

/**
 * RSS 0.9x/1.0/2.0 and Atom feeds (Rome): one article per item, from the longest of its full content
 * ({@code content:encoded}, Atom content) and its summary. Items whose text is only a teaser are still stored: a feed
 * gives what it gives. Links are kept as the article URL and never fetched.
 */
public final class FeedArticleReader {

    /**
     * Reads every item; an item without text is reported alone. Fails as a whole when the bytes are no feed.
     *
     * @param sink receives each item as an article or a failure, with the item's XML-free raw record (title, link, text)
     */
    public void read(String source, byte[] bytes, String published, BiConsumer<Loaded, byte[]> sink) throws IngestException {
        SyndFeed feed;
        try {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false); // no DTDs, no external entities: the file is untrusted
            feed = input.build(new com.rometools.rome.io.XmlReader(new ByteArrayInputStream(bytes)));
        } catch (FeedException | IOException | RuntimeException e) {
            throw new IngestException("not a valid RSS or Atom feed: " + e.getMessage());
        }
        List<SyndEntry> entries = feed.getEntries();
        if (entries.isEmpty()) throw new IngestException("the feed holds no items");
        String outlet = blankToNull(feed.getTitle());
        for (int i = 0; i < entries.size(); i++) {
            SyndEntry e = entries.get(i);
            String where = source + "#item" + (i + 1);
            try {
                Article a = article(where, e, outlet, published);
                sink.accept(Loaded.ok(a), (a.title() + "\n" + (a.url() == null ? "" : a.url()) + "\n\n" + a.text()).getBytes(StandardCharsets.UTF_8));
            } catch (IngestException ex) {
                sink.accept(Loaded.failed(where, ex.getMessage()), null);
            }
        }
    }

    static Article article(String where, SyndEntry e, String outlet, String published) throws IngestException {
        String html = "";
        for (SyndContent c : e.getContents()) if (c.getValue() != null && c.getValue().length() > html.length()) html = c.getValue();
        if (e.getDescription() != null && e.getDescription().getValue() != null && e.getDescription().getValue().length() > html.length()) {
            html = e.getDescription().getValue();
        }
        String body = text(html);
        if (body.isBlank()) throw new IngestException("feed item has no text (no description or content)");
        String title = blankToNull(e.getTitle());
        Date d = e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate();
        String date = published != null ? published : d == null ? null : d.toInstant().atOffset(ZoneOffset.UTC).toLocalDate().toString();
        String author = blankToNull(e.getAuthor());
        return new Article(ContentHash.of(title, body), where, "rss", title, outlet, author, blankToNull(e.getLink()),
                StoryLayout.dateline(body), date, "en", body, List.of());
    }

    /** Paragraphs of an HTML fragment (or plain text), one blank line between them. */
    static String text(String html) {
        Document doc = Jsoup.parseBodyFragment(html);
        List<String> paragraphs = new ArrayList<>();
        for (Element p : doc.select("p")) if (!p.text().isBlank()) paragraphs.add(p.text().strip());
        return paragraphs.isEmpty() ? doc.body().text().strip() : String.join("\n\n", paragraphs);
    }

    private static String blankToNull(String s) { return s == null || s.isBlank() ? null : s.strip(); }
}
