package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sitrep.store.Hit;

/** Hits carry their cluster and its independent sources in every format. */
class HitFormatClusterTest {

    static Hit event(Long cluster, Long story, Integer sources) {
        return new Hit(7, "ISIS plans prison breaks", "NRT", "2019-11-19", "https://example.org", null, 1, "v1", "ASSAULT", null, null, "planned",
                "Islamic State", null, "SY", null, "Hasakah", 36.5, 40.75, "city", "2019-11-18", "day", "NRT", null, "summary", "evidence", cluster,
                story, sources);
    }

    @Test
    void tableCsvAndJsonShowClusterAndSources() {
        Hit h = event(12L, 3L, 2);
        assertThat(HitFormat.table(h, 1)).contains("[event cluster 12: 2 independent sources]");
        assertThat(HitFormat.csvHeader()).endsWith(",copies,cluster,story,sources");
        assertThat(HitFormat.csv(h)).endsWith(",1,12,3,2");
        assertThat(HitFormat.json(h)).contains("\"cluster\":12").contains("\"story\":3").contains("\"sources\":2");
        Hit article = new Hit(7, "t", "AP", "2020-01-02", null, null, 0, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, "first sentence", null, 4L, 1);
        assertThat(HitFormat.table(article, 1)).contains("[story 4: 1 independent source]");
        assertThat(HitFormat.table(event(null, null, null), 1)).doesNotContain("independent");
    }
}
