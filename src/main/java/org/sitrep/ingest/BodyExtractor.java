package org.sitrep.ingest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import net.dankito.readability4j.extended.Readability4JExtended;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Main body of a news page: readability4j (Mozilla Readability) on a page stripped of obvious furniture, its blocks
 * cleaned of bylines, captions and promotion lines; JSON-LD articleBody when readability finds much less than it.
 */
final class BodyExtractor {

    /** class/id words of page furniture: sharing, sign-up, related links, captions, bylines, ads, comments. */
    private static final Pattern FURNITURE = Pattern.compile(
            "(^|[-_ ])(share|sharing|social|newsletter|signup|sign-up|subscribe|subscription|related|recommended|"
                    + "recirc|promo|advert|advertisement|ad|ads|adslot|caption|figcaption|credit|byline|author|"
                    + "breadcrumbs?|comments?|tags|toolbar|outbrain|taboola|more-stories|read-more|"
                    + "also-read|newsletter-signup|inline-related|trending|most-popular|sidebar|footer|nav)([-_ ]|$)",
            Pattern.CASE_INSENSITIVE);

    /** Lines that invite a click or sign-up rather than tell the story. */
    private static final Pattern PROMO_LINE = Pattern.compile(
            "^(related|read more|more|see also|also read|recommended|watch|click here|sign up|subscribe|advertisement|"
                    + "share this|follow us|you may also like|most popular|trending)\\b.{0,120}$"
                    + "|click(ing)? here|\\(image credit:|^image credit|\\(ap photo|\\(photo:|^photo:|getty images$",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern BYLINE = Pattern.compile("^(by|from|von|por|par)\\s+\\p{Lu}[^.!?]{0,60}$");

    private static final String FURNITURE_TAGS =
            "form, nav, aside, footer, figure, picture, [aria-hidden=true], [role=navigation], [role=complementary]";

    private static final String BLOCKS = "p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, tr, dd, dt";

    private BodyExtractor() {}

    static List<String> paragraphs(Document page, String url, String title, String jsonLdBody) {
        Document doc = page.clone();
        strip(doc);
        var r = new Readability4JExtended(url == null ? "" : url, doc.outerHtml()).parse();
        Element content = r.getArticleContent();
        List<String> out = content == null ? List.of() : blocks(content, title);
        // Readability sometimes settles on a header or teaser; the densest paragraph container is the fallback.
        Element dense = densest(doc);
        if (dense != null) {
            List<String> alt = blocks(dense, title);
            if (words(String.join(" ", alt)) > 2 * words(String.join(" ", out))) out = alt;
        }
        if (jsonLdBody != null && words(jsonLdBody) > 2 * Math.max(20, words(String.join(" ", out)))) {
            return splitPlain(jsonLdBody);
        }
        return out;
    }

    /** Removes markup that is never story text, so readability scores only candidate containers. */
    private static void strip(Document doc) {
        doc.select("script, style, noscript, template, iframe, svg, button, select, figcaption, [hidden]").remove();
        // Inline-hidden blocks are schema.org copies or collapsed widgets, never what a reader sees.
        doc.select("[style~=(?i)(display\\s*:\\s*none|visibility\\s*:\\s*hidden)]").remove();
        if (doc.body() == null) return;
        long storyChars = paragraphChars(doc.body());
        List<Element> drop = new ArrayList<>();
        for (Element e : doc.body().getAllElements()) {
            if (e == doc.body()) continue;
            boolean furniture = e.is(FURNITURE_TAGS);
            if (!furniture) {
                String key = (e.className() + " " + e.id()).strip();
                furniture = !key.isEmpty() && FURNITURE.matcher(key).find();
            }
            // A container holding much of the page's paragraph text is the story itself, whatever its markup says
            // (ASP.NET pages wrap everything in a form; some sites put the story in an aside or a "share" wrapper).
            if (furniture && paragraphChars(e) * 3 <= storyChars) drop.add(e);
        }
        drop.forEach(Element::remove);
    }

    /** The element whose paragraphs (own, and half of its children's) hold the most text. */
    private static Element densest(Document doc) {
        java.util.Map<Element, Double> score = new java.util.HashMap<>();
        for (Element p : doc.select("p")) {
            int n = p.text().length();
            if (n < 25) continue;
            Element parent = p.parent();
            if (parent == null) continue;
            score.merge(parent, (double) n, Double::sum);
            if (parent.parent() != null) score.merge(parent.parent(), n / 2.0, Double::sum);
        }
        return score.entrySet().stream().max(java.util.Map.Entry.comparingByValue()).map(java.util.Map.Entry::getKey).orElse(null);
    }

    private static long paragraphChars(Element root) {
        long n = 0;
        for (Element p : root.select("p")) n += p.text().length();
        return n;
    }

    private static List<String> blocks(Element content, String title) {
        List<String> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String titleKey = title == null ? "" : key(title);
        for (Element e : content.select(BLOCKS)) {
            if (hasBlockAncestor(e, content)) continue;
            String t = e.nameIs("tr") ? rowText(e) : text(e);
            if (t.isEmpty()) continue;
            if (e.nameIs("h1") || key(t).equals(titleKey)) continue;
            if (PROMO_LINE.matcher(t).find() || BYLINE.matcher(t).matches()) continue;
            if (!seen.add(t)) continue;
            out.add(t);
        }
        if (out.isEmpty()) {
            String t = content.text().strip();
            if (!t.isEmpty()) out.add(t);
        }
        return out;
    }

    private static boolean hasBlockAncestor(Element e, Element root) {
        for (Element p = e.parent(); p != null && p != root; p = p.parent()) {
            if (p.is(BLOCKS)) return true;
        }
        return false;
    }

    private static String rowText(Element tr) {
        List<String> cells = new ArrayList<>();
        for (Element c : tr.select("> td, > th")) {
            String t = c.text().strip();
            if (!t.isEmpty()) cells.add(t);
        }
        return String.join(" ", cells);
    }

    /** Text with line breaks kept, so "<br>"-separated lines stay apart. */
    private static String text(Element e) {
        StringBuilder sb = new StringBuilder();
        for (Node n : e.childNodes()) appendText(n, sb);
        return sb.toString().replaceAll("[ \\t\\u00a0]+", " ").replaceAll(" ?\\n ?", "\n").replaceAll("\\n{2,}", "\n").strip();
    }

    private static void appendText(Node n, StringBuilder sb) {
        if (n instanceof TextNode t) sb.append(t.getWholeText().replaceAll("\\s+", " "));
        else if (n instanceof Element el) {
            if (el.nameIs("br")) sb.append('\n');
            else el.childNodes().forEach(c -> appendText(c, sb));
        }
    }

    private static List<String> splitPlain(String body) {
        List<String> out = new ArrayList<>();
        for (String s : body.split("\\s*\\n\\s*")) if (!s.isBlank()) out.add(s.strip());
        return out;
    }

    private static String key(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    static int words(String s) {
        return s.isBlank() ? 0 : s.strip().split("\\s+").length;
    }
}
