package org.sitrep.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.ingest.ContentHash;
import org.sitrep.model.Article;
import org.sitrep.model.Event;
import org.sitrep.model.Reading;

/** Events of short news sentences through the whole pipeline: date of the event's own clause, place, quantities, no default code. */
class EventSentencesTest {

    private static Reading read(String text) {
        Article a = new Article(ContentHash.of(null, text), "test", "txt", null, null, null, null, null, "2015-03-10", "en", text, List.of());
        return SharedAnalyzer.get().analyze(a);
    }

    @Test
    void anAttackWithItsDatePlaceAndActors() {
        Reading r = read("Syrian rebels attacked government troops in Homs on March 3, 2015, the army said.");
        assertThat(r.events()).hasSize(1);
        Event e = r.events().get(0);
        assertThat(e.plover()).isEqualTo("ASSAULT");
        // the dictionary's "ATTACK * <armed forces>" (190, conventional force) beats its "* IN ON" (180), which only
        // matched "in Homs on March 3": either is an attack
        assertThat(e.cameo()).matches("1[89]\\d*");
        assertThat(e.source().text()).isEqualTo("Syrian rebels");
        assertThat(e.target().text()).isEqualTo("government troops");
        assertThat(e.date()).isEqualTo("2015-03-03");
        assertThat(e.precision()).isEqualTo("day");
        assertThat(e.countries()).containsExactly("SY");
    }

    @Test
    void theSpeakersOwnForcesActForTheSpeaker() {
        // once "said on Tuesday their forces …" is read as a report, its subject "their forces" is the speaker's
        Event e = read("Bosnian Serbs said on Tuesday their forces had completed their withdrawal from the town of Gorazde.").events().get(0);
        assertThat(e.plover()).isEqualTo("RETREAT");
        assertThat(e.source().text()).isEqualTo("Serbs");
    }

    @Test
    void anArrestCountsThoseArrested() {
        Event e = read("Police arrested 12 protesters in Cairo on Friday.").events().get(0);
        assertThat(e.plover()).isEqualTo("COERCE");
        assertThat(e.mode()).isEqualTo("arrest");
        assertThat(e.source().code()).isEqualTo("COP");
        assertThat(e.quantities()).hasSize(1);
        assertThat(e.countries()).containsExactly("EG");
    }

    @Test
    void aStatementThatSomethingMustBeDoneIsADemandDatedByTheStatement() {
        Event e = read("Russia said on Tuesday that Sudan must return the helicopter.").events().get(0);
        assertThat(e.plover()).isEqualTo("REQUEST");
        assertThat(e.target().text()).isEqualTo("Sudan");
        assertThat(e.date()).isEqualTo("2015-03-10");
    }

    @Test
    void noEventWithoutATriggerOrAnActor() {
        assertThat(read("The weather was pleasant and the markets were calm.").events()).isEmpty();
        assertThat(read("Officials said the talks went well.").events()).noneMatch(e -> e.trigger().text().equals("said"));
    }

    @Test
    void whoDidANominalEventIsItsByPhraseNotTheCondemner() {
        List<Event> condemned = read("Ghana condemned an attack by Togolese troops.").events();
        assertThat(condemned.get(0).plover()).isEqualTo("ACCUSE");
        assertThat(condemned.get(1).source().text()).isEqualTo("Togolese troops");
        // a noun held by a verb that is an event of its own: its subject did not attack
        List<Event> attack = read("The EU condemned the attack on the embassy.").events();
        assertThat(attack).allMatch(e -> !e.plover().equals("ASSAULT") || e.source() == null);
        // the same kind of event as the verb's is the verb's own act
        List<Event> sanctions = read("The United States imposed new sanctions on Iran on Tuesday.").events();
        assertThat(sanctions).allMatch(e -> e.source() != null && e.source().text().equals("United States"));
    }

    @Test
    void demandsRejectionsAndTwoSidedEvents() {
        Event call = read("Jordan has called for an embargo on Syria.").events().get(0);
        assertThat(call.plover()).isEqualTo("REQUEST");
        assertThat(call.target().text()).isEqualTo("Syria");
        Event rejected = read("Iraq rejected the UN demand for weapons inspections.").events().get(0);
        assertThat(rejected.plover()).isEqualTo("REJECT");
        assertThat(rejected.source().text()).isEqualTo("Iraq");
        Event agreed = read("Chile and Peru agree that the border dispute should go to the court.").events().get(0);
        assertThat(agreed.source()).isNotNull();
        assertThat(agreed.target()).isNotNull();
        assertThat(agreed.source().entity()).isNotEqualTo(agreed.target().entity());
        Event offensive = read("The Iraqi army launched an offensive against Islamic State in Mosul.").events().get(0);
        assertThat(offensive.plover()).isEqualTo("ASSAULT");
        assertThat(offensive.source().text()).isEqualTo("Iraqi army");
        Event received = read("Jordan received weapons from Britain.").events().get(0);
        assertThat(received.source().text()).isEqualTo("Britain");
        assertThat(received.target().text()).isEqualTo("Jordan");
    }
}
