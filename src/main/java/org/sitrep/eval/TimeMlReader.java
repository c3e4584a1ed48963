package org.sitrep.eval;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** Reads TimeML 1.2 (.tml): the DCT, the character content of TEXT, and the TIMEX3s inside TEXT with offsets into it. */
public final class TimeMlReader {

    /** A gold TIMEX3: offsets into {@link Doc#text()}, TIMEX3 type and value. */
    public record Timex(int start, int end, String type, String value) {}

    /** @param dct the document creation time value (yyyy-MM-dd…), null when the file has none */
    public record Doc(String name, String dct, String text, List<Timex> timexes) {}

    private TimeMlReader() {}

    /** Every *.tml below the given directories, sorted by path within each. */
    public static List<Doc> readAll(List<Path> dirs) throws IOException {
        List<Doc> docs = new ArrayList<>();
        for (Path dir : dirs) {
            List<Path> files;
            try (Stream<Path> s = Files.walk(dir)) {
                files = s.filter(p -> p.toString().endsWith(".tml")).sorted().toList();
            }
            for (Path f : files) docs.add(read(f));
        }
        return docs;
    }

    public static Doc read(Path file) throws IOException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader r = factory.createXMLStreamReader(in);
            StringBuilder text = new StringBuilder();
            List<Timex> timexes = new ArrayList<>();
            Deque<String[]> open = new ArrayDeque<>(); // start offset, type, value of the TIMEX3s being read
            String dct = null;
            boolean inText = false;
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String name = r.getLocalName();
                    if (name.equals("TEXT")) inText = true;
                    if (name.equals("TIMEX3")) {
                        if ("CREATION_TIME".equals(r.getAttributeValue(null, "functionInDocument")) && dct == null) {
                            dct = r.getAttributeValue(null, "value");
                        }
                        open.push(new String[] {String.valueOf(text.length()), r.getAttributeValue(null, "type"),
                                r.getAttributeValue(null, "value")});
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    String name = r.getLocalName();
                    if (name.equals("TEXT")) inText = false;
                    if (name.equals("TIMEX3")) {
                        String[] t = open.pop();
                        if (inText) timexes.add(new Timex(Integer.parseInt(t[0]), text.length(), t[1], t[2]));
                    }
                } else if (inText && (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                        || event == XMLStreamConstants.SPACE)) {
                    text.append(r.getText());
                }
            }
            String name = file.getFileName().toString().replaceFirst("\\.tml$", "");
            return new Doc(name, dct, text.toString(), timexes);
        } catch (XMLStreamException e) {
            throw new IOException(file + ": not TimeML: " + e.getMessage(), e);
        }
    }
}
