package org.sitrep.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** Inputs made in tests: distinct synthetic stories (no two near-duplicates), feeds and WARC archives. */
final class IngestFixtures {

    private IngestFixtures() {}

    private static final String[] SYLLABLES = {"ka", "lo", "mi", "ra", "to", "ne", "su", "di", "ba", "ve", "qu", "zo", "pe", "li", "ga", "ru"};

    /** A story of ~80 words drawn at random, so stories share almost no word 3-grams. */
    static String story(Random r) {
        StringBuilder sb = new StringBuilder();
        for (int s = 0; s < 6; s++) {
            for (int w = 0; w < 13; w++) {
                String word = SYLLABLES[r.nextInt(16)] + SYLLABLES[r.nextInt(16)] + SYLLABLES[r.nextInt(16)];
                sb.append(w == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word).append(' ');
            }
            sb.setLength(sb.length() - 1);
            sb.append(". ");
        }
        return sb.toString().strip();
    }

    static Path jsonl(Path file, int n, long seed) throws IOException {
        Random r = new Random(seed);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            lines.add("{\"title\":\"Story " + seed + "-" + i + "\",\"text\":\"" + story(r) + "\",\"date\":\"2019-11-" + (10 + i % 20)
                    + "\",\"outlet\":\"Outlet " + (i % 3) + "\",\"url\":\"https://example.org/" + i + "\"}");
        }
        Files.write(file, lines, StandardCharsets.UTF_8);
        return file;
    }

    static Path rss(Path file, int items, long seed) throws IOException {
        Random r = new Random(seed);
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\" "
                + "xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel><title>Example Wire</title><link>https://example.org</link>"
                + "<description>news</description>\n");
        for (int i = 0; i < items; i++) {
            sb.append("<item><title>Feed story ").append(i).append("</title><link>https://example.org/feed/").append(i).append("</link>")
                    .append("<pubDate>Mon, 18 Nov 2019 10:00:00 GMT</pubDate><description>A teaser.</description>")
                    .append("<content:encoded><![CDATA[<p>").append(story(r)).append("</p><p>").append(story(r)).append("</p>]]></content:encoded></item>\n");
        }
        sb.append("<item><title>Empty item</title><link>https://example.org/empty</link></item>\n");
        Files.writeString(file, sb.append("</channel></rss>\n"));
        return file;
    }

    static Path warc(Path file, int pages, long seed, boolean truncated) throws IOException {
        Random r = new Random(seed);
        try (WarcWriter w = new WarcWriter(Files.newOutputStream(file))) {
            for (int i = 0; i < pages; i++) {
                String html = "<!doctype html><html><head><title>Page " + i + "</title></head><body><article><h1>Page " + i + "</h1><p>"
                        + story(r) + "</p><p>" + story(r) + "</p></article></body></html>";
                byte[] body = html.getBytes(StandardCharsets.UTF_8);
                byte[] http = ("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " + body.length + "\r\n\r\n" + html)
                        .getBytes(StandardCharsets.UTF_8);
                w.write(new WarcResponse.Builder("https://example.org/page/" + i).date(Instant.parse("2019-11-18T10:00:00Z"))
                        .body(MediaType.HTTP_RESPONSE, http).build());
            }
        }
        if (truncated) { // a crawl cut off in the middle of a record
            Files.writeString(file, "WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 5000\r\n\r\nHTTP/1.1 200 OK\r\n", java.nio.file.StandardOpenOption.APPEND);
        }
        return file;
    }
}
