package org.sitrep.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Page metadata from declared places only: meta tags, JSON-LD, {@code <time datetime>}, itemprop. Dates are never
 * guessed from script bodies or taken from modified/expiry fields, which say nothing about publication.
 */
record HtmlMetadata(String title, String published, String author, String publisher, String url, String language,
                    String articleBody) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern ISO_DATE = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}([T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?"
            + "(Z|[+-]\\d{2}:?\\d{2})?)?$");
    private static final Pattern TYPES = Pattern.compile(
            "(?i)(News|Blog|Report|Scholarly|Tech|Satirical|Analysis|Opinion|Review|Background)?Article|BlogPosting|"
                    + "LiveBlogPosting|WebPage|Report|CreativeWork");

    static HtmlMetadata of(Document doc) {
        List<JsonNode> ld = jsonLd(doc);
        JsonNode art = ld.stream().filter(n -> n.has("articleBody") || n.has("datePublished")).findFirst().orElse(null);
        String title = first(attr(doc, "meta[property=og:title]", "content"), attr(doc, "meta[name=twitter:title]", "content"),
                art == null ? null : text(art.get("headline")), headline(doc), doc.title());
        String published = first(date(attr(doc, "meta[property=article:published_time]", "content")),
                date(attr(doc, "meta[itemprop=datePublished]", "content")),
                date(art == null ? null : text(art.get("datePublished"))),
                date(attr(doc, "meta[name=pubdate]", "content")),
                date(attr(doc, "meta[name=publish-date]", "content")),
                date(attr(doc, "meta[name=date]", "content")),
                date(attr(doc, "meta[name=dc.date.issued]", "content")),
                date(attr(doc, "[itemprop=datePublished][datetime]", "datetime")),
                date(attr(doc, "time[pubdate][datetime]", "datetime")),
                date(attr(doc, "article time[datetime], time[datetime]", "datetime")));
        String author = first(attr(doc, "meta[name=author]", "content"),
                art == null ? null : name(art.get("author")),
                attr(doc, "meta[property=article:author]", "content"),
                textOf(doc, "[itemprop=author] [itemprop=name], [rel=author]"));
        String publisher = first(attr(doc, "meta[property=og:site_name]", "content"),
                art == null ? null : name(art.get("publisher")), attr(doc, "meta[name=publisher]", "content"));
        String url = first(attr(doc, "link[rel=canonical]", "href"), attr(doc, "meta[property=og:url]", "content"));
        String lang = first(attr(doc, "html[lang]", "lang"), attr(doc, "meta[http-equiv=content-language]", "content"),
                attr(doc, "meta[property=og:locale]", "content"));
        if (lang != null) lang = lang.replace('_', '-').split("[,;\\s]")[0];
        String body = art == null ? null : text(art.get("articleBody"));
        return new HtmlMetadata(title, published, author, publisher, url, lang, body);
    }

    /** JSON-LD objects flattened out of arrays and @graph; a script that does not parse is skipped. */
    static List<JsonNode> jsonLd(Document doc) {
        List<JsonNode> out = new ArrayList<>();
        for (Element s : doc.select("script[type=application/ld+json]")) {
            try {
                collect(JSON.readTree(s.data()), out);
            } catch (Exception e) { // malformed JSON-LD is common and carries nothing we can trust
            }
        }
        return out;
    }

    private static void collect(JsonNode n, List<JsonNode> out) {
        if (n == null) return;
        if (n.isArray()) n.forEach(c -> collect(c, out));
        else if (n.isObject()) {
            String type = n.path("@type").isArray() ? n.path("@type").path(0).asText("") : n.path("@type").asText("");
            if (TYPES.matcher(type).matches() || n.has("articleBody")) out.add(n);
            collect(n.get("@graph"), out);
        }
    }

    /** ISO date (or date-time) text, else null: a value that is not a date is not used as one. */
    static String date(String s) {
        if (s == null) return null;
        s = s.strip();
        return ISO_DATE.matcher(s).matches() ? s : null;
    }

    private static String name(JsonNode n) {
        if (n == null) return null;
        if (n.isArray()) {
            List<String> names = new ArrayList<>();
            n.forEach(c -> {
                String x = name(c);
                if (x != null) names.add(x);
            });
            return names.isEmpty() ? null : String.join(", ", names);
        }
        return n.isObject() ? text(n.get("name")) : text(n);
    }

    private static String text(JsonNode n) {
        return n == null || !n.isValueNode() || n.asText().isBlank() ? null : n.asText().strip();
    }

    private static String headline(Document doc) {
        Element h1 = doc.selectFirst("h1");
        return h1 == null ? null : h1.text();
    }

    private static String textOf(Document doc, String css) {
        Element e = doc.selectFirst(css);
        return e == null ? null : e.text();
    }

    private static String attr(Document doc, String css, String attr) {
        for (Element e : doc.select(css)) {
            if (!e.attr(attr).isBlank()) return e.attr(attr).strip();
        }
        return null;
    }

    private static String first(String... values) {
        for (String v : values) if (v != null && !v.isBlank()) return v.strip();
        return null;
    }
}
