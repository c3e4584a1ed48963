package org.sitrep.model;

/**
 * A number in the text and what it counts.
 *
 * @param value       the numeric value, or null for vague amounts ("thousands", "dozens")
 * @param approximate true for "about", "approximately", "some", "nearly", "more than" and vague plurals
 * @param counted     the noun phrase the number counts ("ISIS fighters"), or null
 */
public record Quantity(String id, String text, Double value, boolean approximate, String counted,
                       int start, int end, int sentence) {}
