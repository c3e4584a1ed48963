package org.sitrep.ingest;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.dankito.readability4j.extended.Readability4JExtended;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.sitrep.model.Article;

/** Saved news pages: main body through readability4j (a port of Mozilla Readability), metadata from the page head. */
public final class HtmlArticleReader {

    public Article read(String source, byte[] bytes, String published) throws IngestException {
        TextDecoder.checkNotBinary(bytes, "HTML");
        Document doc = Jsoup.parse(new String(bytes, charsetOf(bytes)), "");
        String url = meta(doc, "link[rel=canonical]", "href", "meta[property=og:url]", "content");
        net.dankito.readability4j.Article r = new Readability4JExtended(url == null ? "" : url, doc.outerHtml()).parse();
        Element content = r.getArticleContent();
        String body = content == null ? "" : paragraphs(content);
        if (body.isBlank()) throw new IngestException("no article text found in the HTML page");
        // Readability returns the best block even on a page with no story (a front page, a login wall): its nav links.
        if (!StoryLayout.hasStoryText(body)) {
            throw new IngestException("no article text found in the HTML page (the main text found, " + body.length()
                    + " characters, holds no paragraph of a story)");
        }
        String title = first(meta(doc, "meta[property=og:title]", "content", "meta[name=twitter:title]", "content"), r.getTitle(), doc.title());
        String date = published != null ? published
                : meta(doc, "meta[property=article:published_time]", "content", "meta[name=pubdate]", "content");
        if (date != null && date.length() >= 10 && date.charAt(4) == '-') date = date.substring(0, 10);
        String publisher = meta(doc, "meta[property=og:site_name]", "content", "meta[name=publisher]", "content");
        String author = first(meta(doc, "meta[name=author]", "content", "meta[property=article:author]", "content"), r.getByline(), null);
        String lang = doc.selectFirst("html[lang]") == null ? null : doc.selectFirst("html[lang]").attr("lang");
        return new Article(ContentHash.of(title, body), source, "html", title, publisher, author, url,
                StoryLayout.dateline(body), date, lang == null || lang.isBlank() ? "en" : lang, body, List.of());
    }

    static Charset charsetOf(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        var m = java.util.regex.Pattern.compile("charset=[\"']?([A-Za-z0-9_\\-]+)", java.util.regex.Pattern.CASE_INSENSITIVE).matcher(head);
        if (m.find()) {
            try {
                return Charset.forName(m.group(1));
            } catch (RuntimeException ignored) { // an unknown charset name falls through to UTF-8
            }
        }
        return StandardCharsets.UTF_8;
    }

    /** Block-level text of the extracted content, one paragraph per line pair. */
    static String paragraphs(Element content) {
        List<String> out = new ArrayList<>();
        for (Element e : content.select("p, h1, h2, h3, h4, h5, h6, li, blockquote, pre")) {
            if (e.parents().stream().anyMatch(p -> p.nameIs("p") || p.nameIs("li") || p.nameIs("blockquote"))) continue;
            String t = e.text().strip();
            if (!t.isEmpty()) out.add(t);
        }
        if (out.isEmpty()) return content.text().strip();
        return String.join("\n\n", out);
    }

    private static String meta(Document doc, String sel1, String attr1, String sel2, String attr2) {
        Element a = doc.selectFirst(sel1);
        if (a != null && !a.attr(attr1).isBlank()) return a.attr(attr1).strip();
        Element b = doc.selectFirst(sel2);
        if (b != null && !b.attr(attr2).isBlank()) return b.attr(attr2).strip();
        return null;
    }

    private static String first(String a, String b, String c) {
        if (a != null && !a.isBlank()) return a;
        if (b != null && !b.isBlank()) return b;
        return c;
    }
}
