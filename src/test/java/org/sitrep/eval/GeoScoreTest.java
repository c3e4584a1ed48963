package org.sitrep.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.SharedData;

/** Geoparsing scores on hand-made documents, and the corpora's gold spans against their texts. */
class GeoScoreTest {

    static GeoCorpus.Gold gold(int start, int end, double lat, double lon, boolean literal) {
        return new GeoCorpus.Gold(start, end, "x", lat, lon, literal, 0);
    }

    @Test
    void exactOverlapAndDistance() {
        GeoScore s = new GeoScore();
        // gold: Paris [0,5) at Paris; Lyon [10,14); a metonymic "France" [20,26) not scored either way
        s.addDocument(List.of(gold(0, 5, 48.85, 2.35, true), gold(10, 14, 45.76, 4.83, true), gold(20, 26, 46, 2, false)),
                List.of(new GeoScore.Predicted(0, 5, 48.86, 2.35, 0),      // exact, right
                        new GeoScore.Predicted(9, 14, 40.0, -3.7, 0),      // overlap only, Madrid: wrong
                        new GeoScore.Predicted(20, 26, 46, 2, 0),          // on the non-literal gold: ignored
                        new GeoScore.Predicted(30, 35, 0, 0, 0)));         // spurious
        assertThat(s.predicted()).isEqualTo(3);
        assertThat(s.gold()).isEqualTo(2);
        assertThat(s.precision(true)).isCloseTo(1 / 3.0, within(1e-9));
        assertThat(s.recall(false)).isEqualTo(1.0);
        assertThat(s.accuracyWithin(GeoScore.KM_161)).isEqualTo(0.5);
        assertThat(s.medianErrorKm()).isGreaterThan(300);
        assertThat(GeoScore.haversineKm(48.8566, 2.3522, 51.5074, -0.1278)).isCloseTo(344, within(2.0));
    }

    @Test
    void unresolvedCountsAsWrong() {
        GeoScore s = new GeoScore();
        s.addResolution(gold(0, 5, 10, 10, true), Double.NaN, Double.NaN, 0);
        s.addResolution(gold(0, 5, 10, 10, true), 10, 10.5, 0);
        assertThat(s.unresolved()).isEqualTo(1);
        assertThat(s.accuracyWithin(GeoScore.KM_161)).isEqualTo(0.5);
    }

    @Test
    void gazetteerCoverageIsTheShareOfGoldEntriesTheGazetteerHolds() {
        GeoScore s = new GeoScore();
        assertThat(s.gazetteerCoverage()).isNaN(); // GeoVirus gives no ids
        s.addCoverage(true);
        s.addCoverage(true);
        s.addCoverage(false);
        s.addCoverage(true);
        assertThat(s.gazetteerCoverage()).isEqualTo(0.75);
    }

    @Test
    void reachableIsTheShareOfGoldToponymsWithACandidateWithin161Km() {
        GeoScore s = new GeoScore();
        assertThat(s.reachable()).isNaN();
        s.addReachable(true);
        s.addReachable(false);
        assertThat(s.reachable()).isEqualTo(0.5);
    }

    @Test
    void noResolverBeatsTheBestOfItsCandidates() throws IOException {
        GeoScore given = GeoEval.given(GeoCorpus.read(SharedData.require("data/geoparsing"), "lgl").subList(0, 40), null);
        assertThat(given.reachable()).isBetween(given.accuracyWithin(GeoScore.KM_161), 1.0);
    }

    @Test
    void goldSpansHoldTheirNames() throws IOException {
        var dir = SharedData.require("data/geoparsing");
        for (String corpus : GeoCorpus.available(dir)) {
            List<GeoCorpus.Doc> docs = GeoCorpus.read(dir, corpus);
            assertThat(docs).as(corpus).isNotEmpty();
            long spans = 0, holding = 0;
            for (GeoCorpus.Doc d : docs) {
                for (GeoCorpus.Gold g : d.toponyms()) {
                    spans++;
                    if (g.text() == null || d.text().substring(g.start(), g.end()).equals(g.text())) holding++;
                }
            }
            assertThat(holding).as(corpus).isGreaterThan(spans * 98 / 100);
        }
    }
}
