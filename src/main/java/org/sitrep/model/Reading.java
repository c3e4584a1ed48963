package org.sitrep.model;

import java.util.List;

/**
 * Everything sitrep read from one article: the JSON contract (docs/output-format.md).
 * Later stages (places, quotes, claims, events) fill their lists; until then they are empty.
 */
public record Reading(
        String sitrep,
        Article article,
        List<Sentence> sentences,
        List<Entity> entities,
        List<Place> places,
        List<TimeRef> times,
        List<Quantity> quantities,
        List<Quote> quotes,
        List<Claim> claims,
        List<Event> events,
        List<Problem> problems) {

    public static final String CONTRACT_VERSION = "0.3";

    public Reading {
        sentences = List.copyOf(sentences);
        entities = List.copyOf(entities);
        places = List.copyOf(places);
        times = List.copyOf(times);
        quantities = List.copyOf(quantities);
        quotes = List.copyOf(quotes);
        claims = List.copyOf(claims);
        events = List.copyOf(events);
        problems = List.copyOf(problems);
    }
}
