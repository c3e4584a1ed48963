package org.sitrep.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What a publisher's site says about where it is: its country-code domain and the town in its masthead. */
class SitesTest {

    private static final Resolver RESOLVER = new Resolver(Gazetteer.standard());
    private static final PublisherHomes.Home MINNESOTA = new PublisherHomes.Home("US", "MN");

    @Test
    void aCountryCodeDomainIsAHomeCountryAGenericOneIsNot() {
        assertThat(Sites.country(Sites.host(null, "https://www.lfpress.ca/news/1"))).isEqualTo(new PublisherHomes.Home("CA", null));
        assertThat(Sites.country(Sites.host("citizen.co.uk", null))).isEqualTo(new PublisherHomes.Home("GB", null));
        assertThat(Sites.country(Sites.host("athensreview.com", null))).isNull();
        assertThat(Sites.country(Sites.host(null, "https://example.io/a"))).isNull(); // sold as a name, not a country
        assertThat(Sites.host("The Paris News", null)).isNull(); // a name, not a host
    }

    @Test
    void theMastheadCarriesItsTownsNameNotShortWords() {
        String masthead = Sites.masthead(null, "http://www.theparisnews.com/story/1");
        assertThat(Sites.carries(masthead, Names.key("Paris"))).isTrue();
        assertThat(Sites.carries(Sites.masthead("The Paris News", null), Names.key("Paris"))).isTrue();
        assertThat(Sites.carries(masthead, Names.key("Texas"))).isFalse();
        assertThat(Sites.carries(Sites.masthead("theherald.com", null), Names.key("Her"))).isFalse(); // under four letters
        assertThat(Sites.masthead("thelancastercitizen.co.uk", null)).isEqualTo("thelancastercitizen"); // no ".co"
    }

    @Test
    void aNameInTheMastheadIsTheHomesTownOfThatName() {
        String text = "Jordan elementary school gets a reward from a store in Jordan.";
        List<Resolver.Toponym> spans = List.of(new Resolver.Toponym("Jordan", 0, 6, null), new Resolver.Toponym("Jordan", 56, 62, null));
        assertThat(RESOLVER.resolve(text, spans, List.of()).get(0).kind()).isEqualTo(GeoName.Kind.COUNTRY);
        // the home alone is too weak against a country's name; the masthead says the paper's own town is meant
        assertThat(RESOLVER.resolve(text, spans, List.of(), MINNESOTA, null).get(0).kind()).isEqualTo(GeoName.Kind.COUNTRY);
        GeoName town = RESOLVER.resolve(text, spans, List.of(), MINNESOTA, Sites.masthead("jordannews.com", null)).get(0);
        assertThat(town.country() + "." + town.admin1() + " " + town.kind()).isEqualTo("US.MN CITY");
        // without a home the masthead cannot say which Jordan
        assertThat(RESOLVER.resolve(text, spans, List.of(), null, Sites.masthead("jordannews.com", null)).get(0).kind()).isEqualTo(GeoName.Kind.COUNTRY);
    }

    @Test
    void aCountryDomainPutsAMastheadTownInItsCountry() {
        String text = "A girl was attacked in a park in Lancaster on Sunday.";
        List<Resolver.Toponym> spans = List.of(new Resolver.Toponym("Lancaster", 33, 42, null));
        PublisherHomes.Home uk = Sites.country(Sites.host("thelancastercitizen.co.uk", null));
        assertThat(RESOLVER.resolve(text, spans, List.of(), uk, Sites.masthead("thelancastercitizen.co.uk", null)).get(0).country()).isEqualTo("GB");
    }
}
