package org.sitrep.model;

import java.util.List;

/**
 * One news article as read from its input: metadata and the story text that every other fact points into.
 *
 * @param id        content hash of the story text and title ("sha256:" + hex), stable across runs
 * @param source    where it was read from (a path, "-" for standard input, or a URL)
 * @param format    the input format: txt, html, jsonl
 * @param published publication date as ISO yyyy-MM-dd (or a full ISO date-time), null when unknown
 * @param text      the story body; all offsets in a {@link Reading} point into this string
 * @param furniture page parts that are not the story (captions, view counters, share widgets), kept out of text
 */
public record Article(
        String id,
        String source,
        String format,
        String title,
        String publisher,
        String author,
        String url,
        Dateline dateline,
        String published,
        String language,
        String text,
        List<Furniture> furniture) {

    public Article {
        furniture = List.copyOf(furniture);
    }

    /** The place line that opens a story ("SULAIMANI —", "WASHINGTON (Reuters) -"); offsets into text. */
    public record Dateline(String text, int start, int end, String credit) {}

    /** A piece of page furniture kept out of the body; offsets are into the raw input text when it was text. */
    public record Furniture(String kind, String text) {}
}
