package org.sitrep.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads CoNLL-2003 files (token POS chunk NER per line, blank line between sentences, -DOCSTART- between documents). */
public final class ConllReader {

    /** One document: per sentence, its words and gold NER tags. */
    public record Doc(int index, List<List<String>> words, List<List<String>> tags) {
        public int tokens() { return words.stream().mapToInt(List::size).sum(); }
    }

    private ConllReader() {}

    public static List<Doc> read(Path file) throws IOException {
        List<Doc> docs = new ArrayList<>();
        List<List<String>> words = new ArrayList<>(), tags = new ArrayList<>();
        List<String> w = new ArrayList<>(), t = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("-DOCSTART-")) {
                if (!w.isEmpty()) { words.add(w); tags.add(t); w = new ArrayList<>(); t = new ArrayList<>(); }
                if (trimmed.startsWith("-DOCSTART-") && !words.isEmpty()) {
                    docs.add(new Doc(docs.size(), words, tags));
                    words = new ArrayList<>(); tags = new ArrayList<>();
                }
                continue;
            }
            String[] cols = trimmed.split("\\s+");
            if (cols.length < 2) throw new IOException(file + ": not a CoNLL line: " + line);
            w.add(cols[0]);
            t.add(cols[cols.length - 1]);
        }
        if (!w.isEmpty()) { words.add(w); tags.add(t); }
        if (!words.isEmpty()) docs.add(new Doc(docs.size(), words, tags));
        return docs;
    }
}
