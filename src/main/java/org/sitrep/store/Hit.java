package org.sitrep.store;

/**
 * One search or export result: an article, or one event of an article with its evidence sentence. The event
 * fields are null for an article hit.
 *
 * @param copies      how many stored articles are copies of this one (republications, not independent sources)
 * @param duplicateOf id of the earliest copy when this article is itself a copy, else null
 * @param evidence    the sentence the event was read from; for an article hit, the sentence that best matches the text query
 * @param sourceChain who said it: publisher > outlet > speaker
 * @param cluster     the event cluster (one real-world event) of an event hit, else null
 * @param story       the story (articles reporting the same real-world event) of the article
 * @param sources     independent sources of the hit's cluster: its event cluster for an event hit, its story for an
 *                    article hit (distinct outlets, copies and republications not counted); null when not clustered
 */
public record Hit(long articleId, String title, String publisher, String published, String url, Long duplicateOf, int copies,
                  String event, String plover, String mode, String cameo, String modality, String actor1, String actor2,
                  String country, String admin1, String location, Double lat, Double lon, String geoPrecision,
                  String date, String precision, String sourceChain, Integer fatalities, String summary, String evidence,
                  Long cluster, Long story, Integer sources) {

    public boolean isEvent() { return event != null; }

    /** The event's date, else the article's publication date. */
    public String when() { return date != null ? date : published; }
}
