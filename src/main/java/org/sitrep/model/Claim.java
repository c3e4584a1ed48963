package org.sitrep.model;

import java.util.List;

/**
 * A proposition the article attributes to a source, with the chain of sources it passed through.
 *
 * @param quote    id of the quote it was read from
 * @param stance   the reporting verb's stance: said, claimed, alleged, warned, denied, confirmed, …
 * @param chain    from the publisher of the article to the original speaker, outermost first
 * @param evidence what the speaker cites as the basis ("intelligence gathered from communications"), or null
 */
public record Claim(String id, String quote, String text, int start, int end, String stance, List<Source> chain, Evidence evidence) {

    public Claim {
        chain = List.copyOf(chain);
    }

    /**
     * One layer of a source chain.
     *
     * @param role  publisher (who published the article), outlet (a medium it relays), or speaker
     * @param basis why this layer is there: "credit line", "told CNN", "interview with CNN", "reported", …
     */
    public record Source(String role, String name, String entity, Integer start, Integer end, String basis) {}

    /** Evidence a speaker cites; offsets into the article text. */
    public record Evidence(String text, int start, int end) {}
}
