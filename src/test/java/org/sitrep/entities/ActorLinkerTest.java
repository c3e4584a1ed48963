package org.sitrep.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Entity;
import org.sitrep.model.Mention;

/** Linking entities to registry entries, and composing codes for those the registry does not know. */
class ActorLinkerTest {

    static final LocalDate DAY = LocalDate.of(2019, 11, 19);

    // A small registry, so that the composition rules are tested apart from the shipped tables.
    static final ActorRegistry SMALL = ActorRegistry.of(List.of(
            new ActorRegistry.Actor("UNITED STATES OF AMERICA", List.of("UNITED STATES", "US", "U.S.", "AMERICAN", "WASHINGTON"),
                    List.of(new ActorRegistry.Role("USA", null, null)), "country"),
            new ActorRegistry.Actor("IRAQ", List.of("IRAQI", "BAGHDAD"), List.of(new ActorRegistry.Role("IRQ", null, null)), "country"),
            new ActorRegistry.Actor("JORDAN", List.of("JORDANIAN"), List.of(new ActorRegistry.Role("JOR", null, null)), "country"),
            new ActorRegistry.Actor("Taliban", List.of("Taleban"), List.of(new ActorRegistry.Role("AFGREB", null, null),
                    new ActorRegistry.Role("AFGGOV", LocalDate.of(2021, 8, 15), null)), "curated"),
            new ActorRegistry.Actor("Islamic State", List.of("ISIS", "ISIL", "Daesh"), List.of(new ActorRegistry.Role("IMGMUSISI", null, null)), "curated")),
            Map.of("POLICE", "~COP", "ARMY INTELLIGENCE", "~MILSPY", "ACTIVISTS", "NGO~", "PRESIDENT", "~GOV"));

    static final ActorLinker LINKER = new ActorLinker(SMALL, Lexicon.standard());

    static Entity entity(String type, String name, List<String> aliases, List<String> titles, String note) {
        return new Entity("e1", type, name, aliases, titles, null, note, List.of());
    }

    static String code(String type, String name, String... titles) {
        return LINKER.link(entity(type, name, List.of(), List.of(titles), null), DAY).actor();
    }

    @Test
    void groupActorsTakeTheirNationalityAndSector() {
        assertThat(code("ORGANIZATION", "Turkish officials")).isEqualTo("TURGOV");
        assertThat(code("ORGANIZATION", "US forces")).isEqualTo("USAMIL");
        assertThat(code("ORGANIZATION", "Iraqi police")).isEqualTo("IRQCOP");
        assertThat(code("ORGANIZATION", "Iraqi Army Intelligence")).isEqualTo("IRQMILSPY");
    }

    @Test
    void aPersonTakesTheCodeOfTheirTitle() {
        assertThat(code("PERSON", "Saad al-Allaq", "Head of Iraqi Military Intelligence", "Lt. Gen.")).startsWith("IRQMIL");
        assertThat(code("PERSON", "Jane Doe")).isNull();
        // a person's own name is no sector: "Army" is not read into a name like this one
        assertThat(code("PERSON", "Jordan Army")).isNull();
    }

    @Test
    void theGroupActorNoteGivesTheCountry() {
        Entity e = entity("ORGANIZATION", "officials", List.of(), List.of(), "a group actor: government of Turkey");
        assertThat(LINKER.link(e, DAY).actor()).isEqualTo("TURGOV");
    }

    @Test
    void countriesLinkButPeopleAreNotCountries() {
        assertThat(code("GPE", "United States")).isEqualTo("USA");
        assertThat(LINKER.link(entity("GPE", "Washington", List.of("US"), List.of(), null), DAY).actor()).isEqualTo("USA");
        assertThat(code("PERSON", "Jordan")).isNull();
    }

    @Test
    void curatedEntriesLendTheirNamesAndAliases() {
        Entity is = LINKER.link(entity("ORGANIZATION", "Islamic State", List.of("ISIS", "the group"), List.of(), null), DAY);
        assertThat(is.actor()).isEqualTo("IMGMUSISI");
        assertThat(is.name()).isEqualTo("Islamic State");
        assertThat(is.aliases()).containsExactly("ISIS", "the group", "ISIL", "Daesh");
        Entity acronym = LINKER.link(entity("ORGANIZATION", "ISIL", List.of(), List.of(), null), DAY);
        assertThat(acronym.name()).isEqualTo("Islamic State");
        assertThat(acronym.aliases()).contains("ISIL", "ISIS", "Daesh");
    }

    @Test
    void theArticleDatePicksTheRole() {
        Entity t = entity("ORGANIZATION", "Taleban", List.of(), List.of(), null);
        assertThat(LINKER.link(t, LocalDate.of(2019, 1, 1)).actor()).isEqualTo("AFGREB");
        assertThat(LINKER.link(t, LocalDate.of(2022, 1, 1)).actor()).isEqualTo("AFGGOV");
    }

    @Test
    void aTitledPersonTakesTheCountryWrittenBeforeTheTitle() {
        String text = "Lebanon's new President Elias Hrawi met Rwandan rebels who wrote to President Jean Doe.";
        Entity lebanon = new Entity("e1", "GPE", "Lebanon", List.of(), List.of(), null, null, List.of(new Mention("Lebanon", 0, 7, 0)));
        Entity hrawi = new Entity("e2", "PERSON", "Elias Hrawi", List.of(), List.of("President"), null, null,
                List.of(new Mention("Elias Hrawi", text.indexOf("Elias"), text.indexOf(" met"), 0)));
        Entity rwandan = new Entity("e3", "NORP", "Rwandan", List.of(), List.of(), null, null,
                List.of(new Mention("Rwandan", text.indexOf("Rwandan"), text.indexOf(" rebels"), 0)));
        Entity doe = new Entity("e4", "PERSON", "Jean Doe", List.of(), List.of("President"), null, null,
                List.of(new Mention("Jean Doe", text.indexOf("Jean"), text.length() - 1, 0)));
        List<Entity> linked = LINKER.link(List.of(lebanon, hrawi, rwandan, doe), DAY, text);
        assertThat(linked.get(1).actor()).isEqualTo("LBNGOV");
        // too many words between the demonym and the title: no country for him
        assertThat(linked.get(3).actor()).isNull();
    }

    @Test
    void aTitledSurnameAloneFindsTheOnePersonBearingIt() {
        ActorRegistry r = ActorRegistry.of(List.of(
                new ActorRegistry.Actor("ROBERT MUGABE", List.of(), List.of(new ActorRegistry.Role("ZWEGOV", null, null)), "national"),
                new ActorRegistry.Actor("JOHN SMITH", List.of(), List.of(new ActorRegistry.Role("GBRGOV", null, null)), "national"),
                new ActorRegistry.Actor("IAN SMITH", List.of(), List.of(new ActorRegistry.Role("ZWEGOV", null, null)), "national")), Map.of());
        ActorLinker linker = new ActorLinker(r, Lexicon.standard());
        assertThat(linker.link(entity("PERSON", "Mugabe", List.of(), List.of("President"), null), DAY).actor()).isEqualTo("ZWEGOV");
        assertThat(linker.link(entity("PERSON", "Mugabe", List.of(), List.of(), null), DAY).actor()).isNull();
        assertThat(linker.link(entity("PERSON", "Smith", List.of(), List.of("President"), null), DAY).actor()).isNull();
    }

    @Test
    void theShippedRegistryKnowsTodaysGroupsAndTheDictionaries() {
        ActorRegistry std = ActorRegistry.standard();
        assertThat(std.find("Daesh")).first().extracting(ActorRegistry.Actor::name).isEqualTo("Islamic State");
        assertThat(std.find("Hezbollah").get(0).codeOn(DAY)).isEqualTo("LBNREB");
        assertThat(std.find("Barack Obama").get(0).codeOn(LocalDate.of(2010, 1, 1))).isEqualTo("USAGOV");
        assertThat(std.agent("policemen")).isEqualTo("~COP");
        assertThat(std.find("Senate")).isEmpty(); // the dictionary's +SENATE under UNITED_STATES_CONGRESS is too generic
        assertThat(std.find("US Senate")).isNotEmpty();
        Entity is = new ActorLinker().link(entity("ORGANIZATION", "Islamic State", List.of("ISIS"), List.of(), null), DAY);
        assertThat(is.aliases()).contains("ISIL", "Daesh");
    }
}
