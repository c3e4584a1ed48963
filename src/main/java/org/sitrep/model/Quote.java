package org.sitrep.model;

/**
 * Something a source said or holds, as the article reports it.
 *
 * @param kind       direct (in quotation marks), indirect (reported speech), or mixed (reported speech with a quoted fragment)
 * @param text       the content: what was said; [start, end) into the article text
 * @param cue        the reporting verb or phrase ("told", "alleging", "according to"), null when the quote has none
 * @param speaker    who said it, resolved to an entity where possible
 * @param addressee  to whom or through which medium it was said ("told CNN"), or null
 * @param reportedBy id of the quote this one is reported inside ("CNN reported that officials said …"), or null
 */
public record Quote(String id, String kind, String text, int start, int end, Cue cue, Speaker speaker, Party addressee,
                    String reportedBy, int sentence) {

    /** The reporting verb or phrase, with its lemma ("alleging" → "allege"). */
    public record Cue(String text, String lemma, int start, int end) {}

    /**
     * The speaker as written and the entity it resolves to.
     *
     * @param resolution how it was found: name, pronoun, noun (a description such as "officials"), participle
     *                   (the subject of the clause a participle hangs on), continuation (the speaker of the quote before), unresolved
     */
    public record Speaker(String text, String entity, int start, int end, String resolution) {}

    /** A party named in the attribution (the medium in "told CNN"). */
    public record Party(String text, String entity, int start, int end) {}
}
