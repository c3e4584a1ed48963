package org.sitrep.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.ingest.ContentHash;
import org.sitrep.model.Article;
import org.sitrep.model.Place;
import org.sitrep.pipeline.SharedAnalyzer;

/** US local news writes places in its own ways: AP state abbreviations and a town's own institutions. */
class UsLocalNewsPlacesTest {

    private static List<Place> places(String text) {
        Article a = new Article(ContentHash.of(null, text), "test", "txt", null, null, null, null, null, "2009-03-02", "en", text, List.of());
        return SharedAnalyzer.get().analyze(a).places();
    }

    private static List<String> mentions(List<Place> places) {
        return places.stream().flatMap(p -> p.mentions().stream().map(m -> m.text() + "=" + p.country() + "/" + p.admin1())).toList();
    }

    @Test
    void aStateAbbreviationAfterATownIsThatStateEvenWhereASentenceCouldEnd() {
        // LGL-style: headline and dateline run together, so "W.Va." ends where the tokenizer may split off the period
        List<Place> p = places("Interstate 64 lanes reopen after accident. CHARLESTON, W.Va. -- All lanes reopened on Monday.");
        assertThat(mentions(p)).contains("CHARLESTON=US/WV", "W.Va.=US/WV");
    }

    @Test
    void dottedAbbreviationsInsideNamesArePlacesButNotBeforeChrist() {
        List<Place> p = places("Officials at the U.S. Department of Education agreed. The S.C. Highway Patrol is looking for leads. "
                + "In 500 B.C. things were different.");
        assertThat(mentions(p)).contains("U.S.=US/null", "S.C.=US/SC").noneMatch(m -> m.startsWith("B.C."));
    }

    @Test
    void aSmallTownOpeningItsOwnPoliceIsAPlaceButNotInsideAnyOtherName() {
        List<Place> p = places("The woman was grabbed from behind, according to DeKalb Police. Shares of DeKalb Genetics rose.");
        assertThat(mentions(p)).containsExactly("DeKalb=US/IL");
    }

    @Test
    void aTownNamedOnceAsAPlaceIsThatPlaceWhereverTheStoryWritesItAgain() {
        // the tagger takes the last "East Bank" for part of the mayor's name; the story has named the town twice already
        List<Place> p = places("Slide forces closure of W.Va. 61 in East Bank. Officials don't know how long W.Va. 61 will be "
                + "closed in East Bank because of a mudslide. But East Bank Mayor Chuck Blair said Monday that he expected it to reopen.");
        assertThat(mentions(p)).filteredOn(m -> m.startsWith("East Bank")).containsExactly("East Bank=US/WV", "East Bank=US/WV", "East Bank=US/WV");
    }

    @Test
    void aNameTheTaggerTookForAPersonIsTheTownAfterInWhenNoPersonHasIt() {
        String text = "Knights blanked in Erie. The head coach said the series would not be any different in Erie if the team "
                + "kept playing its own game. \"We don't have to compete with anybody around here,\" Erie GM Sherry Bassin said.";
        assertThat(mentions(places(text))).filteredOn(m -> m.startsWith("Erie")).hasSize(3).allMatch(m -> m.equals("Erie=US/PA"));
        // a name some person bears in full stays the person's, and "in Henderson's view" is his view
        assertThat(mentions(places("Coach Tom Henderson was pleased. In Henderson's view, the team played well in the rain.")))
                .noneMatch(m -> m.startsWith("Henderson"));
    }

    @Test
    void aGroupNamedByItsNationalityMentionsTheCountryButACompanyNameDoesNot() {
        List<Place> p = places("Some 1,500 Egyptian troops are stationed in Darfur. Cypriot officials inspected the cargo. "
                + "American Electric Power is building a plant.");
        assertThat(mentions(p)).contains("Egyptian=EG/null", "Cypriot=CY/null").noneMatch(m -> m.startsWith("American"));
        assertThat(p).filteredOn(x -> "EG".equals(x.country())).singleElement().satisfies(x -> assertThat(x.role()).isEqualTo("mentioned"));
    }

    @Test
    void aRepeatedNameIsNotTakenInsideAPersonsName() {
        List<Place> p = places("The bill was signed in Manchester, N.H., on Monday. Lewisburg Mayor John Manchester watched.");
        assertThat(mentions(p)).filteredOn(m -> m.startsWith("Manchester")).hasSize(1);
    }

    @Test
    void streetsArePlacesAtTheirTownsPointButInstitutionsNamedAfterStreetsAreNot() {
        List<Place> p = places("ALEXANDRIA, Minn. -- A crash at the intersection of North Nokomis Street and Darling Avenue injured two. "
                + "Stocks on Wall Street fell.");
        Place town = p.stream().filter(x -> x.name().equals("Alexandria")).findFirst().orElseThrow();
        assertThat(p).filteredOn(x -> x.precision().equals("street")).extracting(Place::name)
                .containsExactly("North Nokomis Street", "Darling Avenue");
        assertThat(p).filteredOn(x -> x.precision().equals("street")).allSatisfy(x -> {
            assertThat(x.geonamesId()).isNull();
            assertThat(x.admin1()).isEqualTo("MN");
            assertThat(x.lat()).isEqualTo(town.lat());
        });
        assertThat(p).extracting(Place::name).doesNotContain("Nokomis", "Wall Street");
    }

    @Test
    void riversLakesAndParksArePlacedByATownOfTheirSentenceOnly() {
        List<Place> p = places("Crews searched the Kanawha River near Charleston, W.Va., on Monday. Boats are banned on Lake Lanier. "
                + "Ducks were seen in Griffith Park.");
        assertThat(p).filteredOn(x -> x.precision().equals("feature")).singleElement().satisfies(x -> {
            assertThat(x.name()).isEqualTo("Kanawha River");
            assertThat(x.admin1()).isEqualTo("WV");
        });
    }

    @Test
    void anOrganisationNamedLikeAnOldNameOfACityIsNoPlace() {
        // GeoNames lists "Hamas" among the other names of Hamm, Germany; St. Cloud is Saint Cloud by its own name
        List<Place> p = places("Hamas fired rockets into southern Israel on Monday, and Israel said Hamas would pay. "
                + "The St. Cloud Police Department said it was ready.");
        assertThat(p).extracting(Place::name).doesNotContain("Hamm").contains("Israel");
        assertThat(mentions(p)).contains("St. Cloud=US/MN");
    }
}
