package org.sitrep.cluster;

import java.util.Set;

/**
 * One mention of an event, as event clustering sees it.
 *
 * @param id        mention id, unique over the collection
 * @param document  id of the document it is in
 * @param trigger   lower-cased lemma of the word that names the event ("attack", "kill", "earthquake")
 * @param arguments who, where and when around it: named entities, places, numbers and dates of its sentence, lower-cased
 * @param context   content-word lemmas of its sentence other than the trigger
 */
public record EventMention(String id, String document, String trigger, Set<String> arguments, Set<String> context) {

    public EventMention {
        arguments = Set.copyOf(arguments);
        context = Set.copyOf(context);
    }
}
