package org.sitrep.store;

import java.util.List;
import java.util.Map;

/**
 * What the entity, place, quote, claim, cluster and story reads return ({@link Facts}). Plain data: every text is
 * news text or derived from it, and the web layer writes it as JSON values, never as markup.
 */
public final class FactViews {

    private FactViews() {}

    /** An entity in a list: its key, the name as most often written, and how many articles name it. */
    public record EntityItem(String key, String type, String name, long articles, List<String> actorCodes) {}

    /**
     * Everything the store knows of one entity.
     *
     * @param names      the spellings of its name, with how many articles used each
     * @param actorCodes CAMEO codes the readings gave it, with counts
     * @param timeline   mentions per publication day (type "mentions")
     * @param said       quotes whose speaker it is, each with its claim
     * @param saidAbout  quotes by someone else that mention it (a mention of it lies inside the quote's span)
     * @param events     events where it is the source or the target ({@code role})
     */
    public record EntityView(String key, String type, String name, Map<String, Long> names, Map<String, Long> aliases,
                             Map<String, Long> titles, Map<String, Long> actorCodes, long articles, long mentions,
                             List<DayCount> timeline, Paged<Statement> said, Paged<Statement> saidAbout, Paged<EventRef> events) {}

    /** A quote and the claim made of it (claim fields null when the reading made none). */
    public record Statement(long articleId, String title, String outlet, String published, String quote, String kind, String text,
                            String cue, String speaker, String speakerKey, String claim, String stance, String sourceChain) {}

    /** An event as the entity and place pages list it. */
    public record EventRef(long articleId, String event, String type, String modality, String date, String actor1, String actor2,
                           String role, String location, String country, Double lat, Double lon, String evidence, Long cluster,
                           String title, String published) {}

    /** A place in a list. */
    public record PlaceItem(String key, String name, Long geonamesId, String country, long articles) {}

    /** Everything the store knows of one place; {@code roles} counts the place rows by role (dateline, event_location, …). */
    public record PlaceView(String key, String name, Long geonamesId, String country, String admin1, Double lat, Double lon,
                            String precision, long articles, Map<String, Long> names, Map<String, Long> roles,
                            Paged<EventRef> events, Paged<ArticleRef> articlesMentioning) {}

    /** An article named in a list. */
    public record ArticleRef(long articleId, String title, String outlet, String published, Long duplicateOf) {}

    /** One report of an event cluster: the event as one article coded it. */
    public record Report(long articleId, String title, String outlet, String published, Long duplicateOf, String event, String date,
                         String modality, String actor1, String actor2, String location, String evidence) {}

    /** A story in brief. */
    public record StoryRef(long id, String title, String firstSeen, String lastSeen, long reports, long independentSources) {}

    /** One real-world event: its reports, and the story they belong to. */
    public record ClusterView(long id, String type, String country, String firstDate, String lastDate, String firstSeen, String lastSeen,
                              long reports, long independentSources, StoryRef story, List<Report> items) {}

    /** A cluster in brief, as a story lists it. */
    public record ClusterRef(long id, String type, String country, String firstDate, String lastDate, long reports, long independentSources) {}

    /** A story with its articles and event clusters. */
    public record StoryView(StoryRef story, List<ArticleRef> articles, List<ClusterRef> clusters) {}

    /**
     * A quote or claim search.
     *
     * @param speaker an entity key ({@code PERSON:saad al-allaq}) or a name (the speaker as written or its entity's name)
     * @param text    words the quote's text contains (case-insensitive for ASCII letters)
     */
    public record StatementQuery(String speaker, String text, String since, String until, List<String> outlets) {
        public StatementQuery {
            outlets = outlets == null ? List.of() : List.copyOf(outlets);
        }
    }
}
