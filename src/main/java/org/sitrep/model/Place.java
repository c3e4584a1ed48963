package org.sitrep.model;

import java.util.List;

/**
 * A place the article names, resolved to a gazetteer point.
 *
 * @param geonamesId GeoNames id, null for a hand-made region (e.g. "the Middle East")
 * @param country    ISO 3166 alpha-2 code, null for regions
 * @param admin1     GeoNames first-order division code, null when none
 * @param precision  what the point stands for: city, admin2, admin1, country or region; street (a street or road) or
 *                   feature (a park, river, lake, mountain or township), each placed at the point of its town
 * @param role       dateline, event_location, actor_location, origin, destination or mentioned
 * @param entity     id of the entity it was read from, null when found through the gazetteer alone
 * @param publisherHome true when the publisher's home division (learnt from its other stored stories) chose this
 *                   point: the article alone would have put one of its names elsewhere ("Dublin" in an Ohio paper)
 */
public record Place(
        String id,
        String name,
        Long geonamesId,
        String country,
        String admin1,
        double lat,
        double lon,
        String precision,
        String role,
        String entity,
        boolean publisherHome,
        List<Mention> mentions) {

    public Place {
        mentions = List.copyOf(mentions);
    }
}
