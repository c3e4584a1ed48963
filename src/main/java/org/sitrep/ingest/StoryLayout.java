package org.sitrep.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.Article.Dateline;
import org.sitrep.model.Article.Furniture;

/**
 * Reads the layout of a plain-text news story: headline, page furniture, dateline, body and publisher credit.
 * Text copied from a news page carries view counters, share widgets and photo captions around the story;
 * they are reported as furniture and kept out of the body, so that no fact is read from them.
 */
public final class StoryLayout {

    /** The parts of one story. {@code body} paragraphs are joined by blank lines into the article text. */
    public record Parts(String title, String author, String publisher, Dateline dateline, String body, List<Furniture> furniture) {}

    // "SULAIMANI —", "WASHINGTON (Reuters) -", "BEIRUT, Lebanon (AP) —", "GAZA CITY, Nov. 3 (Xinhua) --"
    private static final Pattern DATELINE = Pattern.compile(
            "^((?:[A-Z][A-Z'.\\-]*)(?:[ ][A-Z][A-Z'.\\-]*){0,3}(?:,[ ]+[A-Z][A-Za-z.]*(?:[ ][A-Z][A-Za-z.]*){0,2})?"
                    + "(?:,[ ]+[A-Z][a-z]{2,8}\\.?[ ]+[0-9]{1,2})?)[ ]*(\\(([A-Za-z][A-Za-z .&-]{1,40})\\))?[ ]*(—|–|--|-|:)[ ]*");
    private static final Pattern CREDIT_LINE = Pattern.compile("^\\(([^()]{2,60})\\)$");
    private static final Pattern TRAILING_CREDIT = Pattern.compile("^[—–-]+[ ]*([A-Z][A-Za-z .&]{1,40})$");
    private static final Pattern COUNTER = Pattern.compile(
            "^[0-9][0-9,. ]*[KkMm]?\\s*(views?|reads?|shares?|comments?|likes?)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern CAPTION_CREDIT = Pattern.compile(
            "\\((?:photo|image|picture|video|file photo|credit)[^)]*\\)\\s*$|^(?:photo|image|picture|file photo|caption)\\s*[:|]",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BYLINE = Pattern.compile("^By\\s+([A-Z][\\p{L}.'\\-]+(?:\\s+(?:and\\s+)?[A-Z][\\p{L}.'\\-]+){0,5})$");
    private static final List<String> WIDGET_WORDS = List.of("share", "tweet", "print", "email", "advertisement",
            "read more", "related", "comments", "subscribe", "follow us", "share this", "share on facebook");

    private StoryLayout() {}

    public static Parts parse(String raw) {
        List<String> blocks = blocks(raw);
        List<Furniture> furniture = new ArrayList<>();
        String title = null, author = null, publisher = null;
        int i = 0;
        if (blocks.size() > 1 && readsAsHeadline(blocks.get(0))) title = blocks.get(i++);

        // Everything between the headline and the first story paragraph is furniture or a byline.
        while (i < blocks.size() && !startsStory(blocks.get(i))) {
            String b = blocks.get(i++);
            Matcher by = BYLINE.matcher(b);
            if (by.matches() && author == null) author = by.group(1);
            else furniture.add(new Furniture(kindOf(b), b));
        }
        List<String> body = new ArrayList<>();
        for (; i < blocks.size(); i++) {
            String b = blocks.get(i);
            String kind = furnitureKind(b);
            if (kind != null) furniture.add(new Furniture(kind, b));
            else body.add(b);
        }
        if (body.isEmpty()) { // a text of only short lines: keep it whole rather than lose it
            body = new ArrayList<>(blocks.subList(title == null ? 0 : 1, blocks.size()));
            furniture.clear();
        }
        String last = body.isEmpty() ? "" : body.get(body.size() - 1);
        Matcher credit = CREDIT_LINE.matcher(last);
        Matcher trailing = TRAILING_CREDIT.matcher(last);
        if (credit.matches() && !credit.group(1).contains(".")) publisher = credit.group(1).trim();
        else if (trailing.matches()) publisher = trailing.group(1).trim();

        String text = String.join("\n\n", body);
        Dateline dateline = dateline(text);
        if (publisher == null && dateline != null && dateline.credit() != null) publisher = dateline.credit();
        return new Parts(title, author, publisher, dateline, text, furniture);
    }

    /** The dateline at the start of a story text, or null. Offsets are into {@code text}. */
    public static Dateline dateline(String text) {
        Matcher m = DATELINE.matcher(text);
        if (!m.find()) return null;
        String place = m.group(1).trim();
        // A dateline is written in capitals ("SULAIMANI"); "He said -" or "Update:" are not datelines.
        String letters = place.split(",")[0].replaceAll("[^\\p{L}]", "");
        if (letters.length() < 2 || !letters.equals(letters.toUpperCase(Locale.ROOT))) return null;
        if (m.group(4).equals(":") && m.group(2) == null) return null;
        return new Dateline(place, m.start(1), m.start(1) + place.length(), m.group(3));
    }

    static List<String> blocks(String raw) {
        List<String> out = new ArrayList<>();
        for (String line : raw.replace("\r\n", "\n").replace('\r', '\n').split("\n")) {
            String t = line.strip();
            if (!t.isEmpty()) out.add(t);
        }
        return out;
    }

    /**
     * True when some paragraph reads as story text: a dateline, a long paragraph or a full sentence, or (for scripts
     * written without spaces, such as Japanese, where words cannot be counted) 80 letters with a sentence end.
     */
    static boolean hasStoryText(String body) {
        return blocks(body).stream().anyMatch(b -> startsStory(b)
                || b.codePoints().filter(Character::isLetter).count() >= 80 && SENTENCE_END.matcher(b).find());
    }

    private static final Pattern SENTENCE_END = Pattern.compile("[.!?\u3002\uff01\uff1f]");

    /** True when every line is page furniture (view counters, share widgets): a page scrap with no story. */
    static boolean onlyFurniture(String raw) {
        List<String> b = blocks(raw);
        return !b.isEmpty() && b.stream().allMatch(x -> furnitureKind(x) != null && !"caption".equals(furnitureKind(x)));
    }

    static boolean readsAsHeadline(String b) {
        int words = b.split("\\s+").length;
        return b.length() <= 200 && words >= 2 && words <= 30 && !b.endsWith(".") && furnitureKind(b) == null
                && DATELINE.matcher(b).lookingAt() == false;
    }

    static boolean startsStory(String b) {
        if (dateline(b) != null) return true;
        if (furnitureKind(b) != null || CAPTION_CREDIT.matcher(b).find()) return false;
        int words = b.split("\\s+").length;
        char end = b.charAt(b.length() - 1);
        return words >= 20 || (words >= 6 && ".?!\"”’'".indexOf(end) >= 0);
    }

    private static String kindOf(String b) {
        String k = furnitureKind(b);
        return k != null ? k : "caption";
    }

    /** The kind of furniture a block is (counter, widget, caption), or null when it may be story text. */
    static String furnitureKind(String b) {
        if (COUNTER.matcher(b).matches()) return "counter";
        long letters = b.codePoints().filter(Character::isLetter).count();
        if (letters == 0 || (b.length() <= 6 && letters <= 2)) return "widget";
        String lower = b.toLowerCase(Locale.ROOT);
        if (b.length() <= 40 && WIDGET_WORDS.stream().anyMatch(w -> lower.equals(w) || lower.startsWith(w + " ") && lower.split("\\s+").length <= 4)) {
            return "widget";
        }
        if (CAPTION_CREDIT.matcher(b).find() && b.split("\\s+").length <= 40) return "caption";
        return null;
    }
}
