package org.sitrep.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.ingest.ContentHash;
import org.sitrep.model.Article;
import org.sitrep.model.Entity;
import org.sitrep.model.Event;
import org.sitrep.model.Reading;
import org.sitrep.pipeline.SharedAnalyzer;

/** The entity stage's corrections on short news sentences (through the real annotator). */
class EntityFinderTest {

    private static Reading read(String text) {
        return SharedAnalyzer.get().analyze(new Article(ContentHash.of(null, text), "test", "txt", null, null, null, null, null,
                "2024-03-02", "en", text, List.of()));
    }

    private static Entity named(Reading r, String name) {
        return r.entities().stream().filter(e -> e.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not in " + r.entities().stream().map(Entity::name).toList()));
    }

    @Test
    void acronymInParenthesesJoinsItsName() {
        Reading r = read("Fighters of the Kurdistan Workers' Party (PKK) attacked a post. The PKK said two of its members died.");
        Entity pkk = r.entities().stream().filter(e -> e.aliases().contains("PKK") || e.name().equals("PKK")).findFirst().orElseThrow();
        assertThat(pkk.type()).isEqualTo("ORGANIZATION");
        assertThat(pkk.mentions()).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void aConjunctionOpeningTheSentenceIsNotPartOfTheName() {
        Reading r = read("As Breitbart News reported, the bank defaulted on its bonds last year.");
        assertThat(r.entities()).extracting(Entity::name).contains("Breitbart News").doesNotContain("As Breitbart News");
    }

    @Test
    void rankBeforeANameIsATitleAndPartialNamesJoin() {
        Reading r = read("Gen. Mark Milley met the minister on Monday. Milley said the talks were useful.");
        Entity milley = named(r, "Mark Milley");
        assertThat(milley.titles()).contains("Gen.");
        assertThat(milley.aliases()).contains("Milley", "Gen. Mark Milley");
    }

    @Test
    void appositiveTitle() {
        Reading r = read("Hugh Hill, a doctor at the hospital, said the wounded were stable.");
        assertThat(named(r, "Hugh Hill").titles()).contains("doctor at the hospital");
    }

    @Test
    void nationalityAndGroupNounIsAGroupActor() {
        Reading r = read("Russian forces shelled the town, and Ukrainian officials said three people died.");
        assertThat(named(r, "Russian forces").note()).contains("armed forces of Russia");
        assertThat(named(r, "Ukrainian officials").note()).contains("government of Ukraine");
    }

    @Test
    void capitalAsActorIsItsCountryButAsPlaceStaysAPlace() {
        Reading r = read("Moscow said it would respond. Protesters gathered in Moscow on Sunday.");
        Entity russia = named(r, "Russia");
        assertThat(russia.type()).isEqualTo("GPE");
        assertThat(russia.mentions()).hasSize(1);
        assertThat(r.entities()).anySatisfy(e -> {
            assertThat(e.name()).isEqualTo("Moscow");
            assertThat(e.type()).isEqualTo("LOCATION");
        });
    }

    @Test
    void countryAliasesJoin() {
        Reading r = read("The U.S. and Britain agreed. The United States will send aid, a US official said.");
        Entity us = named(r, "United States");
        assertThat(us.type()).isEqualTo("GPE");
        assertThat(us.mentions()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(named(r, "United Kingdom").aliases()).contains("Britain");
    }

    @Test
    void knownNamesTheTaggerSplitAreOneLinkedOrganisationEach() {
        Reading r = read("Islamic State fighters attacked a prison in Hasakah on Monday and freed dozens of inmates, "
                + "the Syrian Democratic Forces said.");
        ActorRegistry registry = ActorRegistry.standard();
        java.time.LocalDate date = java.time.LocalDate.parse(r.article().published());
        Entity isis = named(r, "Islamic State");
        assertThat(isis.type()).isEqualTo("ORGANIZATION");
        assertThat(isis.actor()).isEqualTo(registry.find("ISIS").get(0).codeOn(date)).isNotNull();
        Entity sdf = named(r, "Syrian Democratic Forces");
        assertThat(sdf.type()).isEqualTo("ORGANIZATION");
        assertThat(sdf.actor()).isEqualTo(registry.find("SDF").get(0).codeOn(date)).isNotNull();
        assertThat(r.entities()).extracting(Entity::name).doesNotContain("Islamic", "Syrian", "Democratic Forces");
        Event attack = r.events().stream().filter(e -> e.trigger().text().equals("attacked")).findFirst().orElseThrow();
        assertThat(attack.source().entity()).isEqualTo(isis.id());
    }
}
