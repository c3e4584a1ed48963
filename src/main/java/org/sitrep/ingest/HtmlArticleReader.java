package org.sitrep.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.sitrep.model.Article;

/** Saved news pages: main body through {@link BodyExtractor}, metadata through {@link HtmlMetadata}. */
public final class HtmlArticleReader {

    private static final Pattern META_CHARSET = Pattern.compile("<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:\\-]+)",
            Pattern.CASE_INSENSITIVE);

    public Article read(String source, byte[] bytes, String published) throws IngestException {
        TextDecoder.checkNotBinary(bytes, "HTML");
        Document doc = Jsoup.parse(decode(bytes), "");
        if (doc.body() == null || doc.body().text().isBlank()) throw new IngestException("the HTML page has no visible text");
        HtmlMetadata meta = HtmlMetadata.of(doc);
        List<String> paragraphs = BodyExtractor.paragraphs(doc, meta.url(), meta.title(), meta.articleBody());
        String body = String.join("\n\n", paragraphs);
        // Fewer than 15 words is no story, unless the script writes no spaces between words (Japanese, Chinese).
        if (BodyExtractor.words(body) < 15 && body.codePoints().filter(Character::isLetter).count() < 60) {
            throw new IngestException("no article text found in the HTML page");
        }
        // The extractor returns the best block even on a page with no story (a front page, a login wall): its nav links.
        if (!StoryLayout.hasStoryText(body)) {
            throw new IngestException("no article text found in the HTML page (the main text found, " + body.length()
                    + " characters, holds no paragraph of a story)");
        }
        String title = meta.title();
        String date = published != null ? published : meta.published();
        // The page's own local calendar date: what "yesterday" in the story is relative to.
        if (published == null && date != null && date.length() > 10) date = date.substring(0, 10);
        String lang = meta.language() == null ? "en" : meta.language();
        return new Article(ContentHash.of(title, body), source, "html", title, meta.publisher(), meta.author(), meta.url(),
                StoryLayout.dateline(body), date, lang, body, List.of());
    }

    /** BOM, then a declared charset (meta charset or http-equiv), else UTF-8, else windows-1252 when not valid UTF-8. */
    static String decode(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
            return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        Charset declared = declaredCharset(bytes);
        if (declared != null && !declared.equals(StandardCharsets.UTF_8)) return new String(bytes, declared);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            // Pages that say UTF-8 (or nothing) but are not are nearly always legacy Western pages.
            return new String(bytes, Charset.forName("windows-1252"));
        }
    }

    static Charset declaredCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 8192), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        if (!m.find()) return null;
        String name = m.group(1).toLowerCase(java.util.Locale.ROOT);
        // Browsers read a declared latin-1 as windows-1252 (WHATWG Encoding); so do we.
        if (name.equals("iso-8859-1") || name.equals("latin1") || name.equals("us-ascii") || name.equals("ascii")) {
            name = "windows-1252";
        }
        try {
            return Charset.forName(name);
        } catch (RuntimeException unknown) { // an unknown charset name falls back to detection
            return null;
        }
    }
}
