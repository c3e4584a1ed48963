package org.sitrep.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Names the news shortens or turns into adjectives, read back to the gazetteer's entries. */
class AbbreviatedNamesTest {

    private static final Resolver RESOLVER = new Resolver(Gazetteer.standard());

    private static List<String> candidates(String name) {
        return RESOLVER.candidates(name).stream().map(g -> g.name() + "/" + g.country() + "/" + g.admin1() + "/" + g.kind()).toList();
    }

    @Test
    void canadianProvinceAbbreviations() {
        assertThat(candidates("N.L.")).containsExactly("Newfoundland and Labrador/CA/05/ADMIN1");
        assertThat(candidates("Ont.")).containsExactly("Ontario/CA/08/ADMIN1");
        assertThat(candidates("Man.")).noneMatch(c -> c.startsWith("Manitoba"));
    }

    @Test
    void compassPointsAndCountyWrittenOut() {
        assertThat(candidates("W. Columbia")).contains("West Columbia/US/SC/CITY");
        assertThat(candidates("Loudon Co.")).containsExactly("Loudon County/US/TN/ADMIN2");
        assertThat(Resolver.unabbreviate("St. Joseph Co.")).isEqualTo("Saint Joseph County");
        assertThat(Resolver.unabbreviate("Co. Durham")).isEqualTo("Co. Durham");
    }

    @Test
    void cityShortForms() {
        assertThat(candidates("L.A.")).contains("Los Angeles/US/CA/CITY");
        assertThat(candidates("NYC")).contains("New York City/US/NY/CITY");
    }

    @Test
    void continentAdjectivesAreTheRegion() {
        assertThat(candidates("European")).containsExactly("Europe/null/null/REGION");
        assertThat(candidates("Africans")).containsExactly("Africa/null/null/REGION");
    }
}
