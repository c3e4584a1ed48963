package org.sitrep.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * PETRARCH's unit-test records (Phoenix/PETRARCH2, MIT): {@code <Sentence>}s with gold {@code <EventCoding>}s (source,
 * target, CAMEO event code) or {@code noevents="True"}. Many records test the coder's machinery rather than event
 * coding, so each record says whether it is a valid test and, if not, why ({@link Record#skip}).
 */
public final class PetrarchRecords {

    /**
     * One gold coding. An actor is a CAMEO actor code ("ARNGOV", "---GOV" for an unnamed government) or, quoted in the
     * file, the text PETRARCH extracts when no dictionary entry fits ("INJURY TOLL", kept without the quotes, {@link #quoted}).
     */
    public record Coding(String source, String target, String code) {
        /** CAMEO root: the first two digits. */
        public String root() { return code.substring(0, 2); }

        static boolean quoted(String actor) { return actor.length() >= 2 && actor.startsWith("\"") && actor.endsWith("\""); }
    }

    /**
     * @param date     ISO date (yyyy-mm-dd) or null
     * @param codings  the gold events; empty for a no-event record
     * @param skip     null for a valid test; else why the record is not scored
     */
    public record Record(String id, String category, String date, String text, List<Coding> codings, String skip) {
        public Record {
            codings = List.copyOf(codings);
        }

        public boolean noEvent() { return codings.isEmpty(); }
    }

    /** A CAMEO event code: three or four digits under one of the 20 roots (the unit tests also use codes the validation dictionary made up, 9xx, 345, 174L). */
    private static final Pattern CAMEO = Pattern.compile("(0[1-9]|1\\d|20)\\d{1,2}");
    /**
     * Words the tests misspell on purpose to check that something does not match ("Gxndor", "fxll", "departx") and
     * synset markers ("&TIETYPE"): an English pipeline reads such a sentence differently, so it tests nothing here.
     */
    private static final Pattern NONSENSE = Pattern.compile("(?i)\\b\\w*[bcdfghjklmnpqrstvwz]x[a-wyz]\\w*|\\b\\w+tx\\b|&[A-Z]+");

    private PetrarchRecords() {}

    public static List<Record> read(Path file) throws IOException {
        Document doc;
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true); // no external entities from a data file
            f.setExpandEntityReferences(false);
            doc = f.newDocumentBuilder().parse(file.toFile());
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException(file + " is not a PETRARCH records XML: " + e.getMessage(), e);
        }
        NodeList sentences = doc.getElementsByTagName("Sentence");
        List<Record> out = new ArrayList<>();
        for (int i = 0; i < sentences.getLength(); i++) out.add(record((Element) sentences.item(i)));
        return out;
    }

    static Record record(Element s) {
        String id = s.getAttribute("id").strip();
        NodeList texts = s.getElementsByTagName("Text");
        String text = texts.getLength() == 0 ? "" : texts.item(0).getTextContent().strip().replaceAll("\\s+", " ");
        List<Coding> codings = new ArrayList<>();
        String skip = null;
        NodeList coded = s.getElementsByTagName("EventCoding");
        boolean noEvents = false;
        for (int k = 0; k < coded.getLength(); k++) {
            Element c = (Element) coded.item(k);
            if (!c.getAttribute("error").isBlank()) skip = "marked " + c.getAttribute("error").strip();
            else if ("true".equalsIgnoreCase(c.getAttribute("noevents").strip())) noEvents = true;
            else if (!c.getAttribute("eventcode").isBlank()) {
                codings.add(new Coding(actor(c.getAttribute("sourcecode")), actor(c.getAttribute("targetcode")), c.getAttribute("eventcode").strip()));
            }
        }
        if (skip != null) {
            // already set: an error record (dateline, discard, bad parse) tests the coder's filters, not its events
        } else if (!"true".equalsIgnoreCase(s.getAttribute("sentence").strip())) {
            skip = "sentence=\"false\" (a feature PETRARCH does not implement)";
        } else if (codings.isEmpty() && !noEvents) {
            skip = "no gold coding";
        } else if (codings.stream().anyMatch(c -> !CAMEO.matcher(c.code()).matches())) {
            skip = "validation-only event code " + codings.stream().map(Coding::code).filter(c -> !CAMEO.matcher(c).matches()).findFirst().orElseThrow();
        } else if (NONSENSE.matcher(text).find()) {
            java.util.regex.Matcher m = NONSENSE.matcher(text);
            skip = "nonsense word " + (m.find() ? m.group() : "");
        } else if (text.isEmpty() || text.equals(text.toUpperCase(Locale.ROOT))) {
            skip = "no sentence"; // the end-of-file marker record
        }
        return new Record(id, s.getAttribute("category").strip(), isoDate(s.getAttribute("date").strip()), text, codings, skip);
    }

    private static String actor(String a) {
        String s = a.strip();
        return Coding.quoted(s) ? s : s.toUpperCase(Locale.ROOT);
    }

    private static String isoDate(String yyyymmdd) {
        if (!yyyymmdd.matches("\\d{8}")) return null;
        return yyyymmdd.substring(0, 4) + "-" + yyyymmdd.substring(4, 6) + "-" + yyyymmdd.substring(6);
    }
}
