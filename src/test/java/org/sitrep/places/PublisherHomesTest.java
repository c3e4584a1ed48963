package org.sitrep.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitrep.ingest.ContentHash;
import org.sitrep.model.Article;
import org.sitrep.model.Place;
import org.sitrep.pipeline.SharedAnalyzer;

/** A publisher's home: learnt by majority from its stories, and a clue only for the names a story leaves open. */
class PublisherHomesTest {

    private static final PublisherHomes.Home OHIO = new PublisherHomes.Home("US", "OH"), TEXAS = new PublisherHomes.Home("US", "TX");

    @Test
    void aHomeIsTheDivisionMoreThanHalfTheStoriesName() {
        assertThat(PublisherHomes.majority(List.of(Set.of(OHIO), Set.of(OHIO, TEXAS), Set.of()))).isEqualTo(OHIO);
        assertThat(PublisherHomes.majority(List.of(Set.of(OHIO), Set.of(TEXAS)))).isNull(); // no majority
        assertThat(PublisherHomes.majority(List.of(Set.of(OHIO)))).isNull(); // one story is no pattern
        assertThat(PublisherHomes.majority(List.of(Set.of(OHIO), Set.of(), Set.of(), Set.of(OHIO)))).isNull(); // half is not more than half
    }

    @Test
    void thePublisherIsItsNameElseItsSitesHost() {
        assertThat(PublisherHomes.key("The Columbus Dispatch", "https://www.dispatch.com/x")).isEqualTo("the columbus dispatch");
        assertThat(PublisherHomes.key(null, "https://www.dispatch.com/story/1")).isEqualTo("dispatch.com");
        assertThat(PublisherHomes.key(null, "not a url at all")).isNull();
        assertThat(PublisherHomes.key(" ", null)).isNull();
    }

    @Test
    void onlyTownsCountiesAndStatesSayWhereAPaperIs() {
        assertThat(PublisherHomes.divisionOf("US", "OH", "city")).isEqualTo(OHIO);
        assertThat(PublisherHomes.divisionOf("US", null, "country")).isNull();
        assertThat(PublisherHomes.divisionOf("US", "OH", "street")).isNull();
    }

    private static List<Place> places(String text, PublisherHomes homes) {
        Article a = new Article(ContentHash.of(null, text), "test", "txt", null, "Columbus Local News", null, null, null, "2009-03-02", "en", text, List.of());
        return SharedAnalyzer.get().withPublisherHomes(homes).analyze(a).places();
    }

    @Test
    void aLocalPapersLoneNameIsTheOneNearHomeButWrittenContextStillWins() {
        String lone = "The appointment of residents to Dublin's boards is usually a simple procedure, the board members in Dublin said.";
        assertThat(places(lone, PublisherHomes.NONE)).extracting(Place::country).containsOnly("IE");
        PublisherHomes ohio = new PublisherHomes(Map.of("columbus local news", OHIO));
        assertThat(places(lone, ohio)).extracting(p -> p.country() + "/" + p.admin1()).containsOnly("US/OH");
        assertThat(places("The band flew from Dublin, Ireland, to play two shows.", ohio)).extracting(Place::country).contains("IE");
    }

    @Test
    void aPlaceTheHomeChoseSaysSo() {
        String lone = "The appointment of residents to Dublin's boards is usually a simple procedure, the board members in Dublin said.";
        PublisherHomes ohio = new PublisherHomes(Map.of("columbus local news", OHIO));
        assertThat(places(lone, ohio)).extracting(Place::publisherHome).containsOnly(true);
        assertThat(places(lone, PublisherHomes.NONE)).extracting(Place::publisherHome).containsOnly(false);
        // written context decides "Dublin, Ireland": the home was there but chose nothing
        assertThat(places("The band flew from Dublin, Ireland, to play two shows.", ohio)).extracting(Place::publisherHome).containsOnly(false);
    }
}
