package org.sitrep.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * PolNeAR in its original layout: {@code text/<article>.txt} and brat standoff {@code attributions/<article>_<annotator>.ann}
 * with Source, Cue and Content spans linked by an Attribution event. Where an article has several annotators' files,
 * the first in name order is used.
 */
public final class PolnearReader {

    /** A gold span; discontinuous brat spans keep their outer bounds (fragments only ever skip a few words). */
    public record Span(int start, int end) {}

    /** One attribution relation; any part may be null when the annotator did not mark it. */
    public record Attribution(Span source, Span cue, Span content) {}

    public record Doc(String name, String text, List<Attribution> attributions) {}

    private PolnearReader() {}

    /** Reads a compartment folder (e.g. polnear/dev) holding text/ and attributions/. */
    public static List<Doc> read(Path dir) throws IOException {
        Path textDir = dir.resolve("text"), annDir = dir.resolve("attributions");
        if (!Files.isDirectory(textDir) || !Files.isDirectory(annDir)) {
            throw new IOException(dir + " is not a PolNeAR compartment (needs text/ and attributions/)");
        }
        Map<String, Path> annByArticle = new HashMap<>();
        try (Stream<Path> s = Files.list(annDir)) {
            s.filter(p -> p.toString().endsWith(".ann")).sorted().forEach(p -> {
                String n = p.getFileName().toString();
                annByArticle.putIfAbsent(n.substring(0, n.lastIndexOf('_')), p);
            });
        }
        List<Doc> docs = new ArrayList<>();
        try (Stream<Path> s = Files.list(textDir)) {
            for (Path t : s.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                String name = t.getFileName().toString().replaceFirst("\\.txt$", "");
                Path ann = annByArticle.get(name);
                if (ann == null) continue;
                docs.add(new Doc(name, Files.readString(t, StandardCharsets.UTF_8), parse(Files.readAllLines(ann, StandardCharsets.UTF_8))));
            }
        }
        return docs;
    }

    static List<Attribution> parse(List<String> lines) {
        Map<String, Span> spans = new HashMap<>();
        List<String[]> events = new ArrayList<>();
        for (String line : lines) {
            String[] f = line.split("\t");
            if (f.length < 2) continue;
            if (f[0].startsWith("T")) {
                String[] typeAndOffsets = f[1].split(" ", 2);
                int start = Integer.MAX_VALUE, end = -1;
                for (String frag : typeAndOffsets[1].split(";")) {
                    String[] se = frag.trim().split(" ");
                    start = Math.min(start, Integer.parseInt(se[0]));
                    end = Math.max(end, Integer.parseInt(se[1]));
                }
                spans.put(f[0], new Span(start, end));
            } else if (f[0].startsWith("E")) {
                events.add(f[1].split(" "));
            }
        }
        List<Attribution> out = new ArrayList<>();
        for (String[] args : events) {
            Span source = null, cue = null, content = null;
            for (String a : args) {
                String[] kv = a.split(":");
                if (kv.length != 2) continue;
                String role = kv[0].replaceAll("[0-9]+$", "");
                Span s = spans.get(kv[1]);
                switch (role) {
                    case "Source" -> source = s;
                    case "Cue" -> cue = s;
                    case "Content" -> content = s;
                    default -> { }
                }
            }
            if (source != null || cue != null || content != null) out.add(new Attribution(source, cue, content));
        }
        return out;
    }
}
