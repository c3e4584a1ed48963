package org.sitrep.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class MetricsTest {

    @Test
    void haversineGivesKnownDistances() {
        Geo.Point paris = new Geo.Point(48.8566, 2.3522), london = new Geo.Point(51.5074, -0.1278);
        assertThat(Geo.haversineKm(paris, london)).isCloseTo(343.5, within(1.0));
        assertThat(Geo.haversineKm(paris, paris)).isZero();
        // A quarter of the Earth's circumference, pole to equator.
        assertThat(Geo.haversineKm(new Geo.Point(90, 0), new Geo.Point(0, 0))).isCloseTo(Math.PI * Geo.EARTH_RADIUS_KM / 2, within(1e-6));
    }

    @Test
    void accuracyWithinKCountsMissingPredictionsAsWrong() {
        Geo.Point paris = new Geo.Point(48.8566, 2.3522), london = new Geo.Point(51.5074, -0.1278);
        Geo.Point versailles = new Geo.Point(48.8049, 2.1204);
        List<Geo.Point[]> pairs = Arrays.asList(new Geo.Point[] {paris, versailles}, new Geo.Point[] {paris, london},
                new Geo.Point[] {london, null}, new Geo.Point[] {london, london});
        assertThat(Geo.accuracyWithin(pairs, 161)).isEqualTo(0.5);
        assertThat(Geo.accuracyWithin(pairs, 400)).isEqualTo(0.75);
        assertThat(Geo.accuracyWithin(List.of(), 161)).isZero();
    }

    @Test
    void bootstrapIsReproducibleAndBracketsTheEstimate() {
        List<Counts> docs = new ArrayList<>();
        for (int i = 0; i < 50; i++) docs.add(new Counts(i % 5, 5, 4 + i % 3));
        Counts all = Spans.micro(docs);
        Bootstrap.Interval a = Bootstrap.interval(docs, Counts::f1), b = Bootstrap.interval(docs, Counts::f1);
        assertThat(a).isEqualTo(b);
        assertThat(a.low()).isLessThan(all.f1()).isGreaterThan(0);
        assertThat(a.high()).isGreaterThan(all.f1()).isLessThan(1);
        assertThat(Bootstrap.interval(docs, Counts::f1, 1000, 7)).isNotEqualTo(a);
    }

    @Test
    void bootstrapOfIdenticalPerfectDocumentsHasNoWidth() {
        List<Counts> docs = List.of(new Counts(3, 3, 3), new Counts(2, 2, 2));
        assertThat(Bootstrap.interval(docs, Counts::f1)).isEqualTo(new Bootstrap.Interval(1, 1));
    }

    @Test
    void tokenTextMapsCharacterSpansBackToTokens() {
        TokenText tt = TokenText.of(List.of(List.of("EU", "rejects", "German", "call"), List.of("Peter", "Blackburn")));
        assertThat(tt.text()).isEqualTo("EU rejects German call\nPeter Blackburn");
        List<Spans.Item> mentions = List.of(new Spans.Item(0, 2, "ORG"), new Spans.Item(11, 17, "MISC"), new Spans.Item(23, 38, "PER"));
        assertThat(tt.tags(mentions)).containsExactly(List.of("B-ORG", "O", "B-MISC", "O"), List.of("B-PER", "I-PER"));
        // A mention over a sentence break becomes two chunks; a partial token is still tagged.
        assertThat(tt.tags(List.of(new Spans.Item(19, 26, "LOC")))).containsExactly(List.of("O", "O", "O", "B-LOC"), List.of("B-LOC", "O"));
        assertThat(tt.tokenRange(11, 22)).containsExactly(2, 4);
        assertThat(tt.tokenRange(10, 11)).isNull();
    }
}
