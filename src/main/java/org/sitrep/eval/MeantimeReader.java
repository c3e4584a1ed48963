package org.sitrep.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Reads NewsReader MEANTIME CAT XML: tokens with sentence numbers, ENTITY_MENTIONs anchored on tokens, and the
 * entity type, which sits on the ENTITY the mention REFERS_TO rather than on the mention itself.
 */
public final class MeantimeReader {

    /** A gold mention: tokens [start, end) of the document, MEANTIME entity type, syntactic type (NAM, NOM, PRO …). */
    public record Mention(int start, int end, String type, String syntactic) {}

    /**
     * @param annotatedTokens MEANTIME annotates only the first sentences of each article (title and sentences up to the
     *                        fifth); tokens from this index on carry no annotation and must not be scored
     */
    public record Doc(String name, List<List<String>> words, List<Mention> mentions, int annotatedTokens) {
        public int tokens() { return words.stream().mapToInt(List::size).sum(); }
    }

    private MeantimeReader() {}

    /** Every *.xml below {@code dir}, sorted by path. */
    public static List<Doc> readAll(Path dir) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
        }
        List<Doc> docs = new ArrayList<>();
        for (Path f : files) docs.add(read(f));
        return docs;
    }

    public static Doc read(Path file) throws IOException {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Element root = f.newDocumentBuilder().parse(file.toFile()).getDocumentElement();
            Map<String, Integer> tokenIndex = new HashMap<>();
            Map<String, Integer> tokenSentence = new HashMap<>();
            TreeMap<Integer, List<String>> sentences = new TreeMap<>();
            NodeList tokens = root.getElementsByTagName("token");
            for (int i = 0; i < tokens.getLength(); i++) {
                Element t = (Element) tokens.item(i);
                tokenIndex.put(t.getAttribute("t_id"), i);
                tokenSentence.put(t.getAttribute("t_id"), Integer.parseInt(t.getAttribute("sentence")));
                sentences.computeIfAbsent(Integer.parseInt(t.getAttribute("sentence")), k -> new ArrayList<>()).add(t.getTextContent());
            }
            Map<String, String> entityType = new HashMap<>();
            NodeList entities = root.getElementsByTagName("ENTITY");
            for (int i = 0; i < entities.getLength(); i++) {
                Element e = (Element) entities.item(i);
                entityType.put(e.getAttribute("m_id"), e.getAttribute("ent_type"));
            }
            Map<String, String> mentionType = new HashMap<>();
            NodeList refers = root.getElementsByTagName("REFERS_TO");
            for (int i = 0; i < refers.getLength(); i++) {
                Element r = (Element) refers.item(i);
                String target = ((Element) r.getElementsByTagName("target").item(0)).getAttribute("m_id");
                String type = entityType.get(target);
                if (type == null) continue;
                NodeList sources = r.getElementsByTagName("source");
                for (int j = 0; j < sources.getLength(); j++) mentionType.put(((Element) sources.item(j)).getAttribute("m_id"), type);
            }
            List<Mention> mentions = new ArrayList<>();
            NodeList ms = root.getElementsByTagName("ENTITY_MENTION");
            for (int i = 0; i < ms.getLength(); i++) {
                Element m = (Element) ms.item(i);
                NodeList anchors = m.getElementsByTagName("token_anchor");
                if (anchors.getLength() == 0) continue;
                int lo = Integer.MAX_VALUE, hi = -1;
                for (int j = 0; j < anchors.getLength(); j++) {
                    Integer k = tokenIndex.get(((Element) anchors.item(j)).getAttribute("t_id"));
                    if (k == null) continue;
                    lo = Math.min(lo, k);
                    hi = Math.max(hi, k);
                }
                if (hi < 0) continue;
                mentions.add(new Mention(lo, hi + 1, mentionType.getOrDefault(m.getAttribute("m_id"), ""), m.getAttribute("syntactic_type")));
            }
            // The last annotated sentence is the last one holding an entity or event mention.
            int lastAnnotated = -1;
            for (String tag : List.of("ENTITY_MENTION", "EVENT_MENTION")) {
                NodeList marks = root.getElementsByTagName(tag);
                for (int i = 0; i < marks.getLength(); i++) {
                    NodeList anchors = ((Element) marks.item(i)).getElementsByTagName("token_anchor");
                    for (int j = 0; j < anchors.getLength(); j++) {
                        Integer s = tokenSentence.get(((Element) anchors.item(j)).getAttribute("t_id"));
                        if (s != null) lastAnnotated = Math.max(lastAnnotated, s);
                    }
                }
            }
            int annotatedTokens = 0;
            for (Map.Entry<Integer, List<String>> e : sentences.entrySet()) if (e.getKey() <= lastAnnotated) annotatedTokens += e.getValue().size();
            String name = root.getAttribute("doc_name");
            return new Doc(name.isEmpty() ? file.getFileName().toString() : name, List.copyOf(sentences.values()), mentions, annotatedTokens);
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException(file + ": not MEANTIME CAT XML: " + e.getMessage(), e);
        }
    }
}
