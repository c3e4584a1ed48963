package org.sitrep.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EventLexiconTest {

    private final EventLexicon lex = EventLexicon.standard();
    private final TriggerFinder finder = new TriggerFinder(lex);

    private List<TriggerFinder.Trigger> triggers(String tagged) { return finder.find(Toks.of(tagged), i -> false); }

    @Test
    void cameoCodesMapToPloverThroughTheTable() {
        assertThat(lex.plover("180")).contains(new EventLexicon.Plover("ASSAULT", null));
        assertThat(lex.plover("173")).contains(new EventLexicon.Plover("COERCE", "arrest"));
        assertThat(lex.plover("090")).contains(new EventLexicon.Plover("ACCUSE", "investigate"));
        assertThat(lex.plover("1823").orElseThrow().type()).isEqualTo("ASSAULT"); // falls back to its parent 182
        assertThat(lex.plover("020").orElseThrow().type()).isEqualTo("REQUEST"); // appeals: sitrep's addition
    }

    @Test
    void statementsHaveNoPloverTypeSoNoEvent() {
        assertThat(lex.plover("010")).isEmpty();
        assertThat(triggers("Officials/NNS said/VBD")).isEmpty();
    }

    @Test
    void verbDefaultsAndPatterns() {
        assertThat(triggers("Washington/NNP is/VBZ pushing/VBG/push Europe/NNP").get(0).cameo()).isEqualTo("100");
        List<TriggerFinder.Trigger> look = triggers("they/PRP were/VBD looking/VBG/look into/IN the/DT allegations/NNS/allegation");
        assertThat(look).hasSize(1);
        assertThat(look.get(0).cameo()).startsWith("09");
        assertThat(look.get(0).last()).isEqualTo(3); // "looking into"
        List<TriggerFinder.Trigger> cells = triggers("cells/NNS/cell were/VBD being/VBG formed/VBN/form");
        assertThat(cells.get(0).plover().type()).isEqualTo("MOBILIZE");
        assertThat(cells.get(0).passive()).isTrue();
    }

    @Test
    void stemsMatchInflectionsOnly() {
        // the currency set holds EURO: it must not read "European countries" as money
        assertThat(triggers("Washington/NNP is/VBZ pushing/VBG/push European/JJ countries/NNS/country").get(0).cameo()).isEqualTo("100");
    }

    @Test
    void nominalTriggersIncludingHyphenatedOnes() {
        assertThat(triggers("mass/JJ prison/NN breaks/NNS/break").get(0).cameo()).isEqualTo("180");
        assertThat(triggers("Prison-breaks/NNS/prison-break have/VBP").get(0).cameo()).isEqualTo("180");
        TriggerFinder.Trigger custody = triggers("in/IN the/DT custody/NN of/IN").get(0);
        assertThat(custody.frame()).isEqualTo("holder");
    }

    @Test
    void genericVerbsParticiplesAndModalVerbsAreNoTriggers() {
        assertThat(triggers("they/PRP go/VBP back/RB")).isEmpty();
        assertThat(triggers("to/TO free/VB captured/VBN/capture fighters/NNS/fighter")).noneMatch(t -> t.first() == 2);
        assertThat(triggers("ISIS/NNP is/VBZ planning/VBG/plan operations/NNS/operation")).isEmpty();
    }

    @Test
    void aPastTenseTaggedAsParticipleIsStillAVerbWhenItHasAnObject() {
        assertThat(triggers("rebels/NNS/rebel attacked/VBN/attack government/NN troops/NNS/troops")).hasSize(1);
        assertThat(triggers("intelligence/NN gathered/VBN/gather from/IN communications/NNS")).isEmpty();
    }

    @Test
    void adjectiveAfterBe() {
        assertThat(triggers("they/PRP have/VBP been/VBN/be reluctant/JJ").get(0).plover().type()).isEqualTo("REJECT");
        assertThat(triggers("a/DT reluctant/JJ ally/NN")).isEmpty();
    }

    @Test
    void aGenericVerbNeedsAContentWordNotJustAPreposition() {
        // "HOLD * AGAINST/AT/BY/IN/NEAR/ON" matches every "held … on Friday" through "on"
        assertThat(triggers("Merkel/NNP held/VBD/hold a/DT meeting/NN on/IN Friday/NNP")).allMatch(t -> !"173".equals(t.cameo()));
        assertThat(triggers("Police/NNS held/VBD/hold the/DT suspect/NN in/IN custody/NN").get(0).cameo()).isEqualTo("173");
    }

    @Test
    void breakingRelationsReducesThem() {
        assertThat(triggers("Morocco/NNP has/VBZ broken/VBN/break ties/NNS/tie with/IN Algeria/NNP").get(0).cameo()).isEqualTo("161");
    }

    @Test
    void aReportingVerbWithADemandParticleIsADemand() {
        // the quotes stage takes "called" for a cue; "called for" still demands
        var toks = Toks.of("Jordan/NNP called/VBD/call for/IN an/DT embargo/NN");
        List<TriggerFinder.Trigger> found = finder.find(toks, i -> i == 1);
        assertThat(found.get(0).cameo()).isEqualTo("020");
        assertThat(found.get(0).last()).isEqualTo(2);
        assertThat(finder.find(Toks.of("Egypt/NNP called/VBD/call it/PRP a/DT disgrace/NN"), i -> i == 1)).isEmpty();
        // "call on" appeals without a pattern's help
        assertThat(triggers("Leaders/NNS called/VBD/call on/IN supporters/NNS to/TO march/VB").get(0).cameo()).isEqualTo("020");
    }

    @Test
    void aSupportVerbGivesWayToTheEventItsObjectNames() {
        List<TriggerFinder.Trigger> found = triggers("The/DT army/NN launched/VBD/launch an/DT offensive/NN against/IN rebels/NNS");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).kind()).isEqualTo("noun");
        assertThat(found.get(0).cameo()).startsWith("19");
        // not a verb of its own: "condemned an attack" stays a condemnation
        assertThat(triggers("Kenya/NNP condemned/VBD/condemn an/DT attack/NN").get(0).cameo()).startsWith("11");
    }

    @Test
    void aPatternOfFunctionWordsNeedsTheFirstPrepositionAfterTheVerb() {
        // "ACCLAIM * TO" hosts a visit ("welcomed the president to Beijing"); the "to" of "commitment to" is not the verb's
        assertThat(triggers("Washington/NNP praised/VBD/praise Seoul/NNP for/IN its/PRP$ commitment/NN to/TO the/DT alliance/NN").get(0).cameo())
                .isEqualTo("051");
        assertThat(triggers("China/NNP welcomed/VBD/welcome the/DT president/NN to/TO Beijing/NNP").get(0).cameo()).isEqualTo("043");
    }

    @Test
    void theLongestNounPhraseWins() {
        assertThat(triggers("the/DT coalition/NN carried/VBD/carry out/RP air/NN strikes/NNS/strike").get(0).cameo()).isEqualTo("195");
        assertThat(triggers("a/DT hunger/NN strike/NN").get(0).cameo()).isEqualTo("142");
        assertThat(triggers("workers/NNS began/VBD/begin a/DT strike/NN").get(0).cameo()).isEqualTo("143");
    }
}
