package org.sitrep.watch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * A rule's matches as an Atom 1.0 feed (RFC 4287). Every value is news text, untrusted: it is escaped for XML text and
 * attributes, characters XML cannot carry are dropped, and a link is only written for an http(s) article URL.
 */
public final class AtomFeed {

    private static final ObjectMapper JSON = new ObjectMapper();

    private AtomFeed() {}

    /**
     * @param self the feed's own absolute or root-relative URL
     */
    public static String of(WatchRule rule, List<Match> matches, String self) {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n");
        String updated = matches.isEmpty() ? Instant.EPOCH.toString() : matches.get(0).matchedAt();
        b.append("  <id>urn:sitrep:watch:").append(esc(rule.name())).append("</id>\n");
        b.append("  <title>sitrep watch: ").append(esc(rule.name())).append("</title>\n");
        b.append("  <updated>").append(esc(updated)).append("</updated>\n");
        b.append("  <link rel=\"self\" type=\"application/atom+xml\" href=\"").append(esc(self)).append("\"/>\n");
        b.append("  <author><name>sitrep</name></author>\n");
        b.append("  <generator>sitrep</generator>\n");
        for (Match m : matches) entry(b, m);
        return b.append("</feed>\n").toString();
    }

    private static void entry(StringBuilder b, Match m) {
        JsonNode j;
        try {
            j = JSON.readTree(m.json());
        } catch (IOException e) {
            j = JSON.createObjectNode();
        }
        String what = String.join(" ", nonNull(text(j, "event_type"), text(j, "modality") == null ? null : "(" + text(j, "modality") + ")"));
        String who = text(j, "actor1");
        String where = text(j, "location") != null ? text(j, "location") : text(j, "country");
        String title = (what.isEmpty() ? "event" : what) + (who == null ? "" : " by " + who) + (where == null ? "" : " in " + where)
                + (text(j, "title") == null ? "" : ": " + text(j, "title"));
        b.append("  <entry>\n");
        b.append("    <id>urn:sitrep:watch:").append(esc(m.rule())).append(':').append(m.articleId()).append(':').append(esc(m.event())).append("</id>\n");
        b.append("    <title type=\"text\">").append(esc(title)).append("</title>\n");
        b.append("    <updated>").append(esc(m.matchedAt())).append("</updated>\n");
        String url = text(j, "url");
        if (url != null && url.toLowerCase(Locale.ROOT).matches("https?://.+")) {
            b.append("    <link rel=\"alternate\" href=\"").append(esc(url)).append("\"/>\n");
        }
        b.append("    <link rel=\"related\" type=\"application/json\" href=\"/api/articles/").append(m.articleId()).append("\"/>\n");
        StringBuilder summary = new StringBuilder();
        if (text(j, "evidence") != null) summary.append(text(j, "evidence"));
        if (text(j, "source_chain") != null) summary.append(" (").append(text(j, "source_chain")).append(')');
        if (text(j, "event_date") != null) summary.append(" [").append(text(j, "event_date")).append(']');
        b.append("    <summary type=\"text\">").append(esc(summary.toString().strip())).append("</summary>\n");
        if (text(j, "event_type") != null) b.append("    <category term=\"").append(esc(text(j, "event_type"))).append("\"/>\n");
        b.append("  </entry>\n");
    }

    private static List<String> nonNull(String... s) {
        return java.util.Arrays.stream(s).filter(x -> x != null && !x.isBlank()).toList();
    }

    private static String text(JsonNode j, String field) {
        JsonNode n = j.get(field);
        return n == null || n.isNull() ? null : n.asText();
    }

    /** Escapes for XML text and (double-quoted) attributes; drops what XML 1.0 cannot hold (controls, lone surrogates, U+FFFE/F). */
    static String esc(String s) {
        if (s == null) return "";
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            switch (cp) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&apos;");
                default -> {
                    boolean ok = cp == 0x9 || cp == 0xA || cp == 0xD || cp >= 0x20 && cp <= 0xD7FF || cp >= 0xE000 && cp <= 0xFFFD || cp >= 0x10000 && cp <= 0x10FFFF;
                    if (ok) b.appendCodePoint(cp);
                }
            }
        }
        return b.toString();
    }
}
