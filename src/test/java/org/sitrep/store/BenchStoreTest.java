package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.store.TestReadings.article;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchStoreTest {

    @TempDir
    Path dir;

    @Test
    void fillsATargetWithLabelledCopiesOfTheSourceReadings() throws Exception {
        Path src = dir.resolve("src.db"), big = dir.resolve("big.db");
        try (Store s = Store.open(src)) {
            s.put(StoreTest.prison(), null);
            s.put(article("Floods", StoreTest.FLOOD, "AP", "2020-01-02"), null);
        }
        assertThat(BenchStore.fill(src, big, 5, n -> { })).isEqualTo(5);
        try (Store s = Store.open(big)) {
            Stats st = s.stats();
            assertThat(st.articles()).isEqualTo(5);
            assertThat(st.duplicates()).isZero();
            assertThat(st.events()).isEqualTo(6); // the prison reading's two events, three times
            assertThat(st.versions()).containsOnlyKeys(BenchStore.SITREP_VERSION + " / contract " + org.sitrep.model.Reading.CONTRACT_VERSION);
            assertThat(s.search(Query.text("sleeper cells").withLimit(10))).extracting(Hit::published)
                    .containsExactlyInAnyOrder("2019-11-20", "2019-11-21", "2019-11-22");
            // a write to a benchmark store does not put its copies into stories
            s.put(StoreClusterTest.rewrite("Rudaw", "2019-11-20"), null);
            assertThat(s.stats().stories()).isEqualTo(1);
        }
    }
}
