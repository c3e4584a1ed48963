package org.sitrep.watch;

/**
 * One event a rule matched.
 *
 * @param event     the event's id within its article
 * @param matchedAt when the rule matched (ISO instant)
 * @param json      the event as JSON (the fields of {@code sitrep search --format jsonl} plus rule and matched_at): what
 *                  the webhook receives and the feed shows, kept as it was when it matched
 */
public record Match(String rule, long articleId, String event, String matchedAt, String json) {}
