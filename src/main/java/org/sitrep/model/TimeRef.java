package org.sitrep.model;

/**
 * A time expression normalised to a TIMEX3 value.
 *
 * @param type      DATE, TIME, DURATION or SET
 * @param value     TIMEX3 value (2019-11-18, 2019-W47, P3D, PRESENT_REF …); null when it could not be normalised
 * @param anchor    what the value was resolved against: "published", "text" (absolute in the text) or "none"
 * @param ambiguous true when the value depends on a reference date that was not given (a weekday with no publication date)
 */
public record TimeRef(String id, String text, String type, String value, String anchor, boolean ambiguous,
                      int start, int end, int sentence) {}
