package org.sitrep.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Reads ECB+ (Cybulska and Vossen 2014) in its CAT XML form: tokens with sentence numbers, typed markables anchored
 * on tokens, and INTRA_DOC_COREF / CROSS_DOC_COREF relations. Mentions are kept only in the sentences listed in
 * {@code ECBplus_coreference_sentences.csv}, the ones the annotators covered fully (the setup of Cybulska and Vossen
 * 2015 and Barhom et al. 2019). Gold clusters: the cross-document instance id, else the within-document chain, else
 * the mention alone.
 */
public final class EcbPlusReader {

    public record Token(int id, int sentence, String word) {}

    /**
     * @param id      "{@code <document>/<m_id>}", unique in the corpus
     * @param type    the markable tag (ACTION_OCCURRENCE, NEG_ACTION_STATE, HUMAN_PART_PER …)
     * @param tokens  ids of its tokens, in order
     * @param cluster gold coreference cluster id
     */
    public record Mention(String id, String type, List<Integer> tokens, String cluster) {
        public Mention {
            tokens = List.copyOf(tokens);
        }

        /** Events are the ACTION_* and NEG_ACTION_* markables. */
        public boolean isEvent() { return type.startsWith("ACTION") || type.startsWith("NEG_ACTION"); }
    }

    /**
     * @param name     file name without ".xml" ("1_10ecb", "1_10ecbplus")
     * @param subtopic the gold story: topic plus "ecb" (the original event) or "ecbplus" (the similar, different one)
     * @param mentions the mentions in the fully annotated sentences
     */
    public record Doc(int topic, String name, String subtopic, List<Token> tokens, List<Mention> mentions) {
        public Doc {
            tokens = List.copyOf(tokens);
            mentions = List.copyOf(mentions);
        }

        /** In ecbplus files sentence 0 is the source URL, tokenised: not text, and it would give the sub-topic away. */
        public boolean isText(Token t) { return !(subtopic.endsWith("ecbplus") && t.sentence() == 0); }
    }

    private EcbPlusReader() {}

    /** Every document under {@code root}/ECB+, in topic then file-name order. */
    public static List<Doc> readAll(Path root) throws IOException {
        Map<String, Set<Integer>> sentences = sentenceIndex(root.resolve("ECBplus_coreference_sentences.csv"));
        List<Path> files;
        try (Stream<Path> s = Files.walk(root.resolve("ECB+"))) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".xml")).toList();
        }
        List<Doc> docs = new ArrayList<>();
        for (Path f : files) docs.add(read(f, sentences));
        docs.sort(Comparator.comparingInt(Doc::topic).thenComparing(Doc::name));
        return docs;
    }

    /** "Topic,File,Sentence Number" rows → document name ("1_10ecbplus") → annotated sentence numbers. */
    static Map<String, Set<Integer>> sentenceIndex(Path csv) throws IOException {
        Map<String, Set<Integer>> index = new TreeMap<>();
        for (String line : Files.readAllLines(csv)) {
            String[] f = line.split(",");
            if (f.length < 3 || !f[0].trim().matches("\\d+")) continue;
            index.computeIfAbsent(f[0].trim() + "_" + f[1].trim(), k -> new HashSet<>()).add(Integer.parseInt(f[2].trim()));
        }
        return index;
    }

    static Doc read(Path file, Map<String, Set<Integer>> sentenceIndex) throws IOException {
        String name = file.getFileName().toString().replaceFirst("\\.xml$", "");
        int topic = Integer.parseInt(name.substring(0, name.indexOf('_')));
        Element root = parse(file);
        List<Token> tokens = new ArrayList<>();
        Map<Integer, Integer> sentenceOf = new HashMap<>();
        NodeList tl = root.getElementsByTagName("token");
        for (int i = 0; i < tl.getLength(); i++) {
            Element t = (Element) tl.item(i);
            Token tok = new Token(Integer.parseInt(t.getAttribute("t_id")), Integer.parseInt(t.getAttribute("sentence")), t.getTextContent());
            tokens.add(tok);
            sentenceOf.put(tok.id(), tok.sentence());
        }
        Map<String, String> clusterOf = new HashMap<>();
        Element relations = first(root, "Relations");
        if (relations != null) {
            for (Node n = relations.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (!(n instanceof Element r)) continue;
                String cluster = switch (r.getTagName()) {
                    case "CROSS_DOC_COREF" -> r.getAttribute("note");
                    case "INTRA_DOC_COREF" -> name + "/intra" + r.getAttribute("r_id");
                    default -> null;
                };
                if (cluster == null) continue;
                NodeList sources = r.getElementsByTagName("source");
                for (int i = 0; i < sources.getLength(); i++) clusterOf.put(((Element) sources.item(i)).getAttribute("m_id"), cluster);
            }
        }
        Set<Integer> annotated = sentenceIndex.getOrDefault(name, Set.of());
        List<Mention> mentions = new ArrayList<>();
        Element markables = first(root, "Markables");
        if (markables != null) {
            for (Node n = markables.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (!(n instanceof Element m)) continue;
                NodeList anchors = m.getElementsByTagName("token_anchor");
                if (anchors.getLength() == 0) continue; // an instance markable (the chain's description), not a mention
                List<Integer> ids = new ArrayList<>();
                for (int i = 0; i < anchors.getLength(); i++) ids.add(Integer.parseInt(((Element) anchors.item(i)).getAttribute("t_id")));
                Integer sentence = sentenceOf.get(ids.get(0));
                if (sentence == null || !annotated.contains(sentence)) continue;
                String mid = m.getAttribute("m_id");
                mentions.add(new Mention(name + "/" + mid, m.getTagName(), ids, clusterOf.getOrDefault(mid, name + "/single" + mid)));
            }
        }
        String subtopic = topic + (name.endsWith("ecbplus") ? "ecbplus" : "ecb");
        return new Doc(topic, name, subtopic, tokens, mentions);
    }

    private static Element first(Element root, String tag) {
        NodeList l = root.getElementsByTagName(tag);
        return l.getLength() == 0 ? null : (Element) l.item(0);
    }

    private static Element parse(Path file) throws IOException {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            DocumentBuilder b = f.newDocumentBuilder();
            return b.parse(file.toFile()).getDocumentElement();
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException("cannot read ECB+ file " + file + ": " + e.getMessage(), e);
        }
    }
}
