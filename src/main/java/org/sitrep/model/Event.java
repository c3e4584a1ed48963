package org.sitrep.model;

import java.util.List;

/**
 * Something that happened, happens, or is planned, threatened or said to happen, coded in PLOVER and CAMEO.
 *
 * @param plover     PLOVER event type (ASSAULT, COERCE, REQUEST, …)
 * @param mode       PLOVER mode within the type ("arrest", "investigate"), or null
 * @param cameo      CAMEO code (root "18" or finer "182"), or null when no CAMEO code fits
 * @param modality   happened, ongoing, planned, threatened, alleged, denied, investigated, hypothetical or historical
 * @param negated    true when the text says it did not happen ("did not attack")
 * @param trigger    the word or phrase the event was read from ("prison breaks", "custody")
 * @param source     who acts, or null
 * @param target     who is acted upon, or null
 * @param place      id of the event's place in {@link Reading#places()}, or null
 * @param countries  ISO 3166 alpha-2 codes of where it happens (from the place, or named countries)
 * @param date       TIMEX3-style value of when it happened (not when it was reported), or null
 * @param precision  precision of the date: day, week, month or year; null without a date
 * @param quantities ids of quantities that belong to the event (killed, detained, size)
 * @param claim      id of the claim the event is read from; null when the article states it in its own voice
 * @param assertedBy id of the entity that asserts it (the claim's original speaker), or null
 * @param sentence   index of the evidence sentence in {@link Reading#sentences()}
 * @param summary    a one-line English summary built from the arguments
 */
public record Event(
        String id,
        String plover,
        String mode,
        String cameo,
        String modality,
        boolean negated,
        Argument trigger,
        Argument source,
        Argument target,
        String place,
        List<String> countries,
        String date,
        String precision,
        List<String> quantities,
        String claim,
        String assertedBy,
        int sentence,
        String summary) {

    public Event {
        countries = List.copyOf(countries);
        quantities = List.copyOf(quantities);
    }

    /**
     * A span of the text with what it resolves to.
     *
     * @param entity id of the entity, or null (always null for a trigger)
     * @param code   CAMEO actor code ("IRQMILSPY"), or null
     */
    public record Argument(String text, String entity, String code, int start, int end) {}
}
