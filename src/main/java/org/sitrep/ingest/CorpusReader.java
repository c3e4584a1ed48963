package org.sitrep.ingest;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

/**
 * The inputs of {@code sitrep ingest}: everything {@link Inputs} reads, plus RSS/Atom feeds, WARC archives, OPML
 * subscription lists and http(s) feed or page URLs (fetched once, only when named: {@link UrlArticleReader}), each
 * article handed on with the raw bytes it was read from (the file, the JSON line, the feed item, the HTTP payload) so
 * the store can keep them. One bad input, line, item or record is reported and the rest are read.
 */
public final class CorpusReader {

    private final ReadOptions options;
    private final Inputs inputs;
    private final JsonlArticleReader jsonl = new JsonlArticleReader();
    private final FeedArticleReader feeds = new FeedArticleReader();
    private final WarcArticleReader warcs = new WarcArticleReader();
    private final OpmlReader opml = new OpmlReader();
    private final UrlArticleReader urls;

    public CorpusReader(ReadOptions options) { this(options, new UrlFetcher(options.maxBytes())); }

    /** With the fetcher given, so its timeouts and limits can be chosen. */
    public CorpusReader(ReadOptions options, UrlFetcher fetcher) {
        this.options = options;
        this.inputs = new Inputs(options);
        this.urls = new UrlArticleReader(fetcher, options.published());
    }

    /** Reads every named input in order; directories are walked (sorted, hidden files skipped). */
    public void read(List<String> names, InputStream stdin, BiConsumer<Loaded, byte[]> sink) {
        for (String name : names) {
            if (name.equals("-")) {
                try {
                    byte[] bytes = stdin.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, options.maxBytes() + 1));
                    inputs.read("-", bytes, l -> sink.accept(l, l.failed() ? null : bytes));
                } catch (IOException e) {
                    sink.accept(Loaded.failed("-", "cannot read standard input: " + e.getMessage()), null);
                }
                continue;
            }
            if (name.matches("(?i)^[a-z][a-z0-9+.-]*://.*")) { // a URL the user named: fetched once (http(s) only)
                urls.read(name, sink);
                continue;
            }
            Path p = Path.of(name);
            if (Files.isDirectory(p)) {
                List<Path> files = new ArrayList<>();
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith(".")).sorted().forEach(files::add);
                } catch (IOException | java.io.UncheckedIOException e) {
                    sink.accept(Loaded.failed(name, "cannot list directory: " + e.getMessage()), null);
                }
                if (files.isEmpty()) sink.accept(Loaded.failed(name, "directory holds no input files"), null);
                files.forEach(f -> readFile(f, sink));
            } else {
                readFile(p, sink);
            }
        }
    }

    void readFile(Path p, BiConsumer<Loaded, byte[]> sink) {
        String source = p.toString();
        try {
            if (!Files.exists(p)) throw new IngestException("no such file or directory");
            if (!Files.isReadable(p)) throw new IngestException("not readable (permissions)");
            String kind = kindOf(source, p);
            switch (kind) {
                case "warc" -> { // streamed: archives are often far larger than one page
                    if (warcs.read(p, options.published(), options.maxBytes(), sink) == 0) {
                        sink.accept(Loaded.failed(source, "the WARC holds no HTML response records"), null);
                    }
                }
                case "jsonl" -> readJsonl(source, p, sink);
                case "opml" -> { // each listed feed is fetched and read on its own: one failing feed stops no other
                    TextDecoder.checkSize(Files.size(p), options.maxBytes());
                    opml.feedUrls(Files.readAllBytes(p)).forEach(url -> urls.read(url, sink));
                }
                case "feed" -> {
                    TextDecoder.checkSize(Files.size(p), options.maxBytes());
                    feeds.read(source, Files.readAllBytes(p), options.published(), sink);
                }
                default -> {
                    TextDecoder.checkSize(Files.size(p), options.maxBytes());
                    byte[] bytes = Files.readAllBytes(p);
                    inputs.read(source, bytes, l -> sink.accept(l, l.failed() ? null : bytes));
                }
            }
        } catch (IngestException e) {
            sink.accept(Loaded.failed(source, e.getMessage()), null);
        } catch (IOException | RuntimeException e) {
            sink.accept(Loaded.failed(source, "cannot read: " + e), null);
        }
    }

    /** JSON Lines, line by line, each line's bytes kept as its raw input (the checks are {@link JsonlArticleReader}'s). */
    private void readJsonl(String source, Path p, BiConsumer<Loaded, byte[]> sink) throws IOException, IngestException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(p), 1 << 16)) {
            in.mark(8192);
            byte[] head = in.readNBytes(8192);
            in.reset();
            if (head.length == 0) throw new IngestException("empty input");
            TextDecoder.checkNotBinary(head, "JSON Lines");
            // each byte is one char in ISO-8859-1 and '\n' never occurs inside a UTF-8 sequence: split raw, decode per line
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.ISO_8859_1));
            String line;
            int n = 0;
            while ((line = lines.readLine()) != null) {
                n++;
                if (line.isBlank()) continue;
                String where = source + ":" + n;
                byte[] raw = line.getBytes(StandardCharsets.ISO_8859_1);
                try {
                    TextDecoder.checkSize(raw.length, options.maxBytes());
                    sink.accept(Loaded.ok(jsonl.parse(where, TextDecoder.utf8(raw), options.published())), raw);
                } catch (IngestException e) {
                    sink.accept(Loaded.failed(where, e.getMessage()), null);
                }
            }
        }
    }

    /** warc, feed, opml, jsonl or other (left to {@link Inputs}): by extension, then by the first bytes. */
    static String kindOf(String source, Path p) throws IOException {
        String lower = source.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".warc") || lower.endsWith(".warc.gz") || lower.endsWith(".arc.gz")) return "warc";
        String bare = lower.replaceFirst("\\.gz$", "");
        if (bare.endsWith(".rss") || bare.endsWith(".atom") || bare.endsWith(".rdf")) return "feed";
        if (bare.endsWith(".jsonl") || bare.endsWith(".ndjson")) return "jsonl";
        if (bare.endsWith(".opml")) return "opml";
        byte[] head;
        try (InputStream in = Files.newInputStream(p)) {
            head = in.readNBytes(1024);
        }
        String h = new String(head, StandardCharsets.ISO_8859_1).stripLeading().toLowerCase(Locale.ROOT);
        // OPML is XML too (often saved as .xml): its root decides before the extension does
        if (h.startsWith("<opml") || h.startsWith("<?xml") && h.contains("<opml")) return "opml";
        if (bare.endsWith(".xml")) return "feed";
        if (h.startsWith("warc/")) return "warc";
        if (h.startsWith("<?xml") && (h.contains("<rss") || h.contains("<feed") || h.contains("<rdf:rdf")) || h.startsWith("<rss")
                || h.startsWith("<feed")) return "feed";
        return "other";
    }
}
