package org.sitrep.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Turns what the user named (files, directories, "-" for standard input) into articles, one {@link Loaded}
 * per article or per failure, so that one bad input never stops the others.
 */
public final class Inputs {

    private final ReadOptions options;
    private final TextArticleReader text = new TextArticleReader();
    private final HtmlArticleReader html = new HtmlArticleReader();
    private final JsonlArticleReader jsonl = new JsonlArticleReader();

    public Inputs(ReadOptions options) { this.options = options; }

    /** Reads every named input in order; directories are walked (sorted, hidden files skipped). */
    public void read(List<String> names, InputStream stdin, Consumer<Loaded> sink) {
        for (String name : names) {
            if (name.equals("-")) {
                readStream("-", stdin, sink);
                continue;
            }
            Path p = Path.of(name);
            if (Files.isDirectory(p)) {
                List<Path> files = new ArrayList<>();
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith(".")).sorted().forEach(files::add);
                    if (files.isEmpty()) sink.accept(Loaded.failed(name, "directory holds no input files"));
                } catch (IOException | java.io.UncheckedIOException e) {
                    sink.accept(Loaded.failed(name, "cannot list directory: " + e.getMessage()));
                }
                files.forEach(f -> readFile(f, sink));
            } else {
                readFile(p, sink);
            }
        }
    }

    void readFile(Path p, Consumer<Loaded> sink) {
        String source = p.toString();
        try {
            if (!Files.exists(p)) throw new IngestException("no such file or directory");
            if (!Files.isReadable(p)) throw new IngestException("not readable (permissions)");
            long size = Files.size(p);
            String format = formatOf(source, null);
            if (format.equals("jsonl")) { // streamed: a JSONL file may hold millions of articles
                try (InputStream in = Files.newInputStream(p)) {
                    jsonl.read(source, in, options.published(), options.maxBytes(), sink);
                }
                return;
            }
            TextDecoder.checkSize(size, options.maxBytes());
            read(source, Files.readAllBytes(p), sink);
        } catch (IngestException e) {
            sink.accept(Loaded.failed(source, e.getMessage()));
        } catch (IOException | RuntimeException e) {
            sink.accept(Loaded.failed(source, "cannot read: " + e));
        }
    }

    void readStream(String source, InputStream in, Consumer<Loaded> sink) {
        try {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, options.maxBytes() + 1));
            if (bytes.length > options.maxBytes()) { // only the limit was read: the true size is unknown
                throw new IngestException(String.format("too large: more than %.1f MB (raise the limit with --max-bytes)",
                        options.maxBytes() / 1048576.0));
            }
            TextDecoder.checkSize(bytes.length, options.maxBytes());
            read(source, bytes, sink);
        } catch (IngestException e) {
            sink.accept(Loaded.failed(source, e.getMessage()));
        } catch (IOException e) {
            sink.accept(Loaded.failed(source, "cannot read: " + e.getMessage()));
        }
    }

    /** Reads one input already in memory. */
    public void read(String source, byte[] bytes, Consumer<Loaded> sink) {
        try {
            TextDecoder.checkSize(bytes.length, options.maxBytes());
            switch (formatOf(source, bytes)) {
                case "html" -> sink.accept(Loaded.ok(html.read(source, bytes, options.published())));
                case "jsonl" -> jsonl.read(source, new ByteArrayInputStream(bytes), options.published(), options.maxBytes(), sink);
                default -> sink.accept(Loaded.ok(text.read(source, TextDecoder.utf8(bytes), options.published())));
            }
        } catch (IngestException e) {
            sink.accept(Loaded.failed(source, e.getMessage()));
        } catch (IOException | RuntimeException e) {
            sink.accept(Loaded.failed(source, "cannot read: " + e));
        }
    }

    String formatOf(String source, byte[] bytes) {
        if (!options.format().equals("auto")) return options.format();
        String lower = source.toLowerCase(Locale.ROOT).replaceFirst("\\.gz$", "");
        if (lower.endsWith(".html") || lower.endsWith(".htm") || lower.endsWith(".xhtml")) return "html";
        // A .json file is read as JSON Lines, which refuses a pretty-printed object or an array with a reason.
        if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson") || lower.endsWith(".json")) return "jsonl";
        if (lower.endsWith(".txt") || bytes == null) return "txt";
        String head = new String(bytes, 0, Math.min(bytes.length, 2048), StandardCharsets.ISO_8859_1).stripLeading().toLowerCase(Locale.ROOT);
        if (head.startsWith("<!doctype html") || head.startsWith("<html") || head.contains("<body")) return "html";
        if (head.startsWith("{") || head.matches("(?s)\\[\\s*\\{.*")) return "jsonl";
        return "txt";
    }
}
