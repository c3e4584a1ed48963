package org.sitrep.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/** OPML subscription lists: the {@code xmlUrl} of every {@code outline}, nested ones too, in document order, once each. */
public final class OpmlReader {

    public List<String> feedUrls(byte[] bytes) throws IngestException {
        Document doc;
        try {
            DocumentBuilder builder = factory().newDocumentBuilder();
            builder.setErrorHandler(new DefaultHandler()); // errors are thrown, not printed to stderr
            doc = builder.parse(new ByteArrayInputStream(bytes));
        } catch (SAXException | IOException e) {
            throw new IngestException("not a valid OPML file: " + e.getMessage());
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK XML parser refuses a security feature", e);
        }
        Element root = doc.getDocumentElement();
        if (root == null || !root.getTagName().equalsIgnoreCase("opml")) throw new IngestException("not an OPML file (no <opml> root)");
        Set<String> urls = new LinkedHashSet<>();
        NodeList outlines = root.getElementsByTagName("outline"); // every descendant: folders of feeds are walked
        for (int i = 0; i < outlines.getLength(); i++) {
            String url = ((Element) outlines.item(i)).getAttribute("xmlUrl").strip();
            if (!url.isEmpty()) urls.add(url);
        }
        if (urls.isEmpty()) throw new IngestException("the OPML file lists no feeds (no outline with an xmlUrl)");
        return new ArrayList<>(urls);
    }

    /**
     * The JDK's DOM parser made safe for untrusted files: DOCTYPE declarations are refused outright, so there are no
     * DTDs, no external or internal entities (XXE, billion laughs); external DTD/schema access is also switched off and
     * XInclude is not processed, as a second line of defence.
     */
    static DocumentBuilderFactory factory() throws ParserConfigurationException {
        // The JDK's own parser, not whatever DocumentBuilderFactory a dependency puts on the class path (an old Xerces
        // is there, and it knows neither the access properties below nor the JDK's defaults).
        DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://xml.org/sax/features/external-general-entities", false);
        f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        f.setXIncludeAware(false);
        f.setExpandEntityReferences(false);
        f.setNamespaceAware(false);
        return f;
    }
}
