package org.sitrep.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.sitrep.annotate.Token;
import org.sitrep.model.Entity;
import org.sitrep.model.Mention;

class ActorsTest {

    private static Entity entity(String id, String type, String name, String code, List<Token> toks, int tokenIndex) {
        Token t = toks.get(tokenIndex);
        return new Entity(id, type, name, List.of(), List.of(), code, null, List.of(new Mention(t.word(), t.start(), t.end(), 0)));
    }

    @Test
    void aPlaceFollowedByAnAgentNounEndsTheSearch() {
        // "in Iraq troops": the agent noun after a place once sent the object search back to the place, for ever
        List<Token> toks = Toks.of("Rebels/NNS attacked/VBD in/IN Iraq/NNP troops/NNS ./.");
        Actors actors = new Actors(toks, List.of(entity("e1", "GPE", "Iraq", "IRQ", toks, 3)), List.of(), i -> false);
        Assertions.assertTimeoutPreemptively(Duration.ofSeconds(2), () -> actors.object(2, toks.size(), false));
    }

    @Test
    void subjectSkipsPlacesInPrepositionalPhrasesAndKeepsOf() {
        List<Token> toks = Toks.of("members/NNS of/IN ISIS/NNP living/VBG in/IN Turkey/NNP are/VBP planning/VBG attacks/NNS");
        Actors actors = new Actors(toks, List.of(entity("e1", "ORGANIZATION", "Islamic State", "IMGMUSISI", toks, 2),
                entity("e2", "GPE", "Turkey", "TUR", toks, 5)), List.of(), i -> false);
        assertThat(actors.subject(7, 0).entity().id()).isEqualTo("e1");
    }

    @Test
    void genericAgentNounsAreActorsWithTheirSectorCode() {
        List<Token> toks = Toks.of("Security/NN forces/NNS tortured/VBD refugees/NNS");
        Actors actors = new Actors(toks, List.of(), List.of(), i -> false);
        Actors.Span s = actors.subject(1, 0);
        assertThat(s).isNotNull();
        assertThat(actors.argument(s).code()).isEqualTo("COP");
        assertThat(actors.argument(s).text()).isEqualTo("Security forces");
    }

    @Test
    void anAgentNounAfterANameIsTheNamedActor() {
        List<Token> toks = Toks.of("Israeli/JJ troops/NNS shelled/VBD");
        Actors actors = new Actors(toks, List.of(entity("e1", "NORP", "Israeli", "ISR", toks, 0)), List.of(), i -> false);
        Actors.Span s = actors.subject(1, 0);
        assertThat(s.entity().id()).isEqualTo("e1");
        assertThat(actors.argument(s).text()).isEqualTo("Israeli troops");
    }

    @Test
    void aGenericThemeBeforeToGivesWayToTheNamedRecipient() {
        List<Token> toks = Toks.of("Syria/NNP offered/VBD its/PRP$ troops/NNS to/TO Lebanon/NNP 's/POS president/NN");
        Actors actors = new Actors(toks, List.of(entity("e1", "GPE", "Syria", "SYR", toks, 0), entity("e2", "GPE", "Lebanon", "LBN", toks, 5)),
                List.of(), i -> false);
        assertThat(actors.object(2, toks.size(), false).entity().id()).isEqualTo("e2");
    }

    @Test
    void aToPhraseThatIsNotTheRecipientLeavesTheObjectAlone() {
        // "men with links to ISIS": the "to" does not follow the group, so the group stays the object
        List<Token> toks = Toks.of("Police/NNS arrested/VBD soldiers/NNS with/IN links/NNS to/TO ISIS/NNP");
        Actors actors = new Actors(toks, List.of(entity("e1", "ORGANIZATION", "ISIS", "IMGMUSISI", toks, 6)), List.of(), i -> false);
        Actors.Span object = actors.object(2, toks.size(), false);
        assertThat(object.entity()).isNull();
        assertThat(actors.argument(object).text()).isEqualTo("soldiers");
    }

    @Test
    void theOppositionIsAnActor() {
        List<Token> toks = Toks.of("the/DT opposition/NN threatened/VBD to/TO storm/VB his/PRP$ residence/NN");
        Actors actors = new Actors(toks, List.of(), List.of(), i -> false);
        assertThat(actors.argument(actors.subject(1, 0)).code()).isEqualTo("OPP");
    }

    @Test
    void anAgentNounOfAStateIsThatStatesAgent() {
        List<Token> toks = Toks.of("Troops/NNS from/IN Kenya/NNP blocked/VBD roads/NNS");
        Actors actors = new Actors(toks, List.of(entity("e1", "GPE", "Kenya", "KEN", toks, 2)), List.of(), i -> false);
        Actors.Span s = actors.subject(2, 0);
        assertThat(s.entity()).isNull();
        var a = actors.argument(s);
        assertThat(a.text()).isEqualTo("Troops from Kenya");
        assertThat(a.entity()).isEqualTo("e1");
        assertThat(a.code()).isEqualTo("KENMIL");
        // the state modifies another noun: the agent stays generic
        List<Token> army = Toks.of("soldiers/NNS of/IN Kenya/NNP 's/POS army/NN");
        Actors other = new Actors(army, List.of(entity("e1", "GPE", "Kenya", "KEN", army, 2)), List.of(), i -> false);
        assertThat(other.argument(other.at(0)).entity()).isNull();
    }

    @Test
    void forceAimedAtAPlaceHasThePlaceAsObject() {
        List<Token> toks = Toks.of("Syria/NNP fired/VBD missiles/NNS at/IN Turkey/NNP");
        Actors actors = new Actors(toks, List.of(entity("e1", "GPE", "Syria", "SYR", toks, 0), entity("e2", "GPE", "Turkey", "TUR", toks, 4)),
                List.of(), i -> false);
        assertThat(actors.object(2, toks.size(), false)).isNull(); // "at" a place says where, by default
        assertThat(actors.object(2, toks.size(), false, EventFinder.aimed("194")).entity().id()).isEqualTo("e2");
        assertThat(EventFinder.aimed("042")).contains("in");
        assertThat(EventFinder.aimed("051")).isEmpty();
    }

    @Test
    void conjoinedPartiesAreEachOthersCounterpart() {
        List<Token> toks = Toks.of("The/DT Chileans/NNPS and/CC Peru/NNP agree/VBP");
        Actors actors = new Actors(toks, List.of(entity("e1", "NORP", "Chileans", "CHL", toks, 1), entity("e2", "GPE", "Peru", "PER", toks, 3)),
                List.of(), i -> false);
        Actors.Span peru = actors.subject(3, 0);
        assertThat(peru.entity().id()).isEqualTo("e2");
        assertThat(actors.conjunct(peru).entity().id()).isEqualTo("e1");
        assertThat(actors.conjunct(actors.at(1)).entity().id()).isEqualTo("e2");
        assertThat(EventFinder.symmetric("036")).isTrue();
        assertThat(EventFinder.symmetric("190")).isFalse();
    }

    @Test
    void anAgentNounAfterAStatesPossessiveIsThatStatesAgent() {
        List<Token> toks = Toks.of("Ukraine/NNP 's/POS president/NN met/VBD");
        Actors actors = new Actors(toks, List.of(entity("e1", "GPE", "Ukraine", "UKR", toks, 0)), List.of(), i -> false);
        Actors.Span s = actors.subject(2, 0);
        assertThat(s.entity().id()).isEqualTo("e1");
        assertThat(actors.argument(s).text()).isEqualTo("Ukraine 's president"); // Toks joins tokens with spaces
        List<Token> independence = Toks.of("Kosovo/NNP 's/POS independence/NN");
        Actors other = new Actors(independence, List.of(entity("e1", "GPE", "Kosovo", "XKX", independence, 0)), List.of(), i -> false);
        assertThat(other.at(2)).isNull();
    }
}
