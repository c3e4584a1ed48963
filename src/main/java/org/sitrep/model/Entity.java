package org.sitrep.model;

import java.util.List;

/**
 * A person, organisation, place-like political entity or group, with every name it goes by in the article.
 *
 * @param type     PERSON, ORGANIZATION, GPE, LOCATION, NORP or MISC
 * @param name     the canonical (fullest) name
 * @param aliases  other names used for it in the article (acronyms, short forms, titled forms), and for an organisation
 *                 in the actor registry's curated list its other known names ("Islamic State": ISIL, Daesh)
 * @param titles   roles and ranks attached to it ("Head of Iraqi Military Intelligence", "Lt. Gen.")
 * @param actor    CAMEO-style actor code when known (filled by the actor registry), else null
 * @param note     why this entity is what it is, when that is not obvious (metonymy, a group actor)
 */
public record Entity(
        String id,
        String type,
        String name,
        List<String> aliases,
        List<String> titles,
        String actor,
        String note,
        List<Mention> mentions) {

    public Entity {
        aliases = List.copyOf(aliases);
        titles = List.copyOf(titles);
        mentions = List.copyOf(mentions);
    }
}
