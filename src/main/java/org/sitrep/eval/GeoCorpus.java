package org.sitrep.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The geoparsing corpora in their published XML: LGL and TR-News (toponym/gaztag), GeoWebNews (toponym with a
 * fine-grained type) and GeoVirus (location). Gold toponyms without coordinates count for recognition only.
 * For GeoWebNews only literal uses of places are gold (Literal, Mixed, Coercion, Literal_Modifier, Embedded_Literal):
 * sitrep reports where things are, and metonymy ("Turkey said") is by design not a place.
 */
public final class GeoCorpus {
    static final Set<String> GWN_LITERAL = Set.of("Literal", "Mixed", "Coercion", "Literal_Modifier", "Embedded_Literal");
    /** GeoWebNews spans that are not places at all: gold for neither recognition nor resolution. */
    static final Set<String> GWN_IGNORED = Set.of("Literal_Expression", "Non_Lit_Expression", "Non_Toponym");

    private GeoCorpus() {}

    /** One gold toponym; lat/lon are NaN when the annotators gave no point. */
    public record Gold(int start, int end, String text, double lat, double lon, boolean literal, long geonameId) {
        public boolean located() { return !Double.isNaN(lat); }
    }

    /** One article; publisher is its site's host name ("thetowntalk.com"), null where the corpus gives none. */
    public record Doc(String id, String title, String published, String text, List<Gold> toponyms, String publisher) {}

    /** The corpora found under dir (any of lgl/lgl.xml, tr-news/TR-News.xml, geowebnews/GWN.xml, geovirus/GeoVirus.xml). */
    public static List<String> available(Path dir) {
        List<String> out = new ArrayList<>();
        for (String name : List.of("lgl", "tr-news", "geowebnews", "geovirus")) if (Files.exists(file(dir, name))) out.add(name);
        return out;
    }

    static Path file(Path dir, String corpus) {
        return switch (corpus) {
            case "lgl" -> dir.resolve("lgl/lgl.xml");
            case "tr-news" -> dir.resolve("tr-news/TR-News.xml");
            case "geowebnews" -> dir.resolve("geowebnews/GWN.xml");
            case "geovirus" -> dir.resolve("geovirus/GeoVirus.xml");
            default -> throw new IllegalArgumentException("unknown corpus " + corpus);
        };
    }

    public static List<Doc> read(Path dir, String corpus) throws IOException {
        Element root;
        try {
            root = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file(dir, corpus).toFile()).getDocumentElement();
        } catch (Exception e) {
            throw new IOException("cannot parse " + file(dir, corpus) + ": " + e.getMessage(), e);
        }
        List<Doc> docs = new ArrayList<>();
        int n = 0;
        for (Element a : children(root, "article")) {
            n++;
            String text = child(a, "text");
            String id = a.hasAttribute("docid") ? a.getAttribute("docid") : a.hasAttribute("file") ? a.getAttribute("file") : String.valueOf(n);
            String dl = child(a, "dltime");
            String published = dl != null && dl.strip().matches("\\d{4}-\\d\\d-\\d\\d.*") ? dl.strip().substring(0, 10) : null;
            List<Gold> gold = new ArrayList<>();
            Element tops = first(a, corpus.equals("geovirus") ? "locations" : "toponyms");
            if (tops != null) {
                for (Element t : children(tops, corpus.equals("geovirus") ? "location" : "toponym")) {
                    Gold g = switch (corpus) {
                        case "geowebnews" -> gwn(t);
                        case "geovirus" -> new Gold(integer(t, "start"), integer(t, "end"), child(t, "name"), number(t, "lat"), number(t, "lon"), true, 0);
                        default -> gaztag(t);
                    };
                    if (g != null) g = align(text, g);
                    if (g != null) gold.add(g);
                }
            }
            String title = child(a, "title");
            docs.add(new Doc(corpus + ":" + id, title == null ? null : title.strip(), published, text, List.copyOf(gold), publisher(a)));
        }
        return docs;
    }

    private static String publisher(Element a) {
        String domain = child(a, "domain");
        if (domain != null && !domain.isBlank()) return domain.strip().toLowerCase(java.util.Locale.ROOT).replaceFirst("^www\\.", "");
        String link = child(a, "link");
        if (link == null) link = child(a, "url");
        if (link == null || link.isBlank()) return null;
        try {
            String host = java.net.URI.create(link.strip()).getHost();
            return host == null ? null : host.toLowerCase(java.util.Locale.ROOT).replaceFirst("^www\\.", "");
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** GeoVirus offsets are one character off in places: a span that does not hold its name moves to the nearest one that does. */
    static Gold align(String text, Gold g) {
        if (g.end() <= text.length() && (g.text() == null || text.substring(g.start(), g.end()).equals(g.text()))) return g;
        if (g.text() == null || g.text().isEmpty()) return null;
        for (int d = 1; d <= 5; d++) {
            for (int s : new int[] {g.start() - d, g.start() + d}) {
                if (s >= 0 && s + g.text().length() <= text.length() && text.startsWith(g.text(), s))
                    return new Gold(s, s + g.text().length(), g.text(), g.lat(), g.lon(), g.literal(), g.geonameId());
            }
        }
        return null;
    }

    private static Gold gaztag(Element t) {
        Element tag = first(t, "gaztag");
        double lat = tag == null ? Double.NaN : number(tag, "lat"), lon = tag == null ? Double.NaN : number(tag, "lon");
        long id = tag == null || tag.getAttribute("geonameid").isBlank() ? 0 : Long.parseLong(tag.getAttribute("geonameid").strip());
        return new Gold(integer(t, "start"), integer(t, "end"), child(t, "phrase"), lat, lon, true, id);
    }

    private static Gold gwn(Element t) {
        String type = child(t, "type");
        if (type == null || GWN_IGNORED.contains(type)) return null;
        return new Gold(integer(t, "start"), integer(t, "end"), child(t, "extractedName"),
                number(t, "latitude"), number(t, "longitude"), GWN_LITERAL.contains(type), geonamesId(child(t, "geonamesID")));
    }

    private static long geonamesId(String s) {
        return s != null && s.strip().matches("\\d+") ? Long.parseLong(s.strip()) : 0;
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node n = nodes.item(i);
            if (n instanceof Element e && e.getTagName().equals(name)) out.add(e);
        }
        return out;
    }

    private static Element first(Element parent, String name) {
        List<Element> c = children(parent, name);
        return c.isEmpty() ? null : c.get(0);
    }

    private static String child(Element parent, String name) {
        Element e = first(parent, name);
        return e == null ? null : e.getTextContent();
    }

    private static int integer(Element parent, String name) { return Integer.parseInt(child(parent, name).strip()); }

    private static double number(Element parent, String name) {
        String s = child(parent, name);
        if (s == null || s.isBlank()) return Double.NaN;
        try {
            return Double.parseDouble(s.strip());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
