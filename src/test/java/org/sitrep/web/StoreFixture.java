package org.sitrep.web;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.Entity;
import org.sitrep.model.Event;
import org.sitrep.model.Place;
import org.sitrep.model.Reading;

import static org.sitrep.store.TestReadings.entity;
import static org.sitrep.store.TestReadings.event;
import static org.sitrep.store.TestReadings.place;
import static org.sitrep.store.TestReadings.reading;

/**
 * Hand-made readings with events for the store routes' tests (their counts are fixed, unlike a real reading's):
 * three events in Iraq and Syria by two actors, a protest, and an article whose every text field is a
 * script-injection attempt.
 */
final class StoreFixture {

    static final String SCRIPT = "<script>window.pwned=1</script><img src=x onerror=\"window.pwned=2\">";

    private StoreFixture() {}

    static List<Reading> readings() {
        List<Reading> out = new ArrayList<>();
        Entity isis = entity("e1", "ORGANIZATION", "Islamic State", "IMGMUSISI", "ISIS", "Daesh");
        out.add(reading("ISIS attacks checkpoint near Kirkuk", "Militants attacked a checkpoint near Kirkuk on Sunday. Officials said more attacks were threatened.",
                "Rudaw", "2019-11-10", List.of(isis), List.of(place("p1", "Kirkuk", "IQ", 35.4681, 44.3922)),
                List.of(event("v1", "ASSAULT", "happened", "e1", "Islamic State", "p1", List.of("IQ"), "2019-11-10", 0),
                        event("v2", "THREATEN", "threatened", "e1", "Islamic State", "p1", List.of("IQ"), "2019-11-11", 1))));
        out.add(reading("Protesters fill Tahrir Square in Baghdad", "Thousands of protesters gathered in Baghdad. They demanded reforms.",
                "NRT", "2019-11-12", List.of(entity("e1", "NORP", "protesters", null)), List.of(place("p1", "Baghdad", "IQ", 33.3406, 44.4009)),
                List.of(event("v1", "PROTEST", "happened", "e1", "protesters", "p1", List.of("IQ"), "2019-11-12", 0))));
        out.add(reading("Attack planned on Raqqa prison", "Islamic State militants planned an attack on a prison in Raqqa. Guards were put on alert.",
                "Reuters", "2019-11-12", List.of(isis), List.of(place("p1", "Raqqa", "SY", 35.9528, 39.0079)),
                List.of(event("v1", "ASSAULT", "planned", "e1", "Islamic State", "p1", List.of("SY"), "2019-11-13", 0))));
        out.add(reading("Headline " + SCRIPT, "Body " + SCRIPT + " attacked the page. Nothing should run.", "Outlet " + SCRIPT, "2019-11-14",
                List.of(entity("e1", "PERSON", "Mallory " + SCRIPT, null)), List.of(place("p1", "Mosul " + SCRIPT, "IQ", 36.34, 43.13)),
                List.of(event("v1", "ASSAULT", "happened", "e1", "Mallory " + SCRIPT, "p1", List.of("IQ"), "2019-11-14", 0))));
        List<String> oil = List.of("Brent crude rose two percent after OPEC signalled deeper cuts. Traders in London bought futures.",
                "Oil fell as American inventories grew for a third week. Refiners slowed their runs.",
                "Tanker rates doubled when sanctions hit a Chinese shipping firm. Insurers raised premiums.",
                "Saudi Aramco delayed its listing again, citing market conditions. Bankers expect a date next month.");
        for (int i = 1; i <= 4; i++) {
            out.add(reading("Oil market report " + i, oil.get(i - 1), "Reuters", "2019-10-0" + i, List.of(), List.of(), List.of()));
        }
        return out;
    }
}
