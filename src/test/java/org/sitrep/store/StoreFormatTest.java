package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.store.TestReadings.*;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The compressed reading column, and a store written before it (JSON text, no stories) read and brought up to date. */
class StoreFormatTest {

    @TempDir
    Path dir;

    @Test
    void readingsAreStoredCompressedAndReadBack() throws Exception {
        Path db = dir.resolve("db");
        try (Store s = Store.open(db)) {
            s.put(StoreTest.prison(), null);
        }
        assertThat(StoreClusterTest.rows(db, "SELECT typeof(reading), reading_bytes > 2 * length(reading) FROM articles")).containsExactly("blob,1");
        try (Store s = Store.open(db)) {
            List<String> json = new ArrayList<>();
            s.readings(Query.text("prison"), json::add);
            assertThat(json).hasSize(1);
            assertThat(json.get(0)).startsWith("{").contains("Hasakah");
            assertThat(StoreClusterTest.rows(db, "SELECT reading_bytes FROM articles")).containsExactly(String.valueOf(ReadingCodec.plainBytes(json.get(0))));
            assertThat(s.article(StoreTest.prison().article().id()).title()).isEqualTo("ISIS plans prison breaks");
        }
    }

    @Test
    void articleDateRangesAreInclusiveForTimestampsToo() throws Exception {
        try (Store s = Store.open(dir.resolve("db"))) {
            s.put(StoreTest.prison(), null); // 2019-11-19
            s.put(article("Floods", StoreTest.FLOOD, "AP", "2020-01-02T23:59:00Z"), null);
            assertThat(s.search(range("2020-01-02", "2020-01-02"))).extracting(Hit::publisher).containsExactly("AP");
            assertThat(s.search(range("2019-11-19", "2020-01-01"))).extracting(Hit::publisher).containsExactly("NRT");
            assertThat(s.search(range(null, "2019-11-18"))).isEmpty();
            assertThat(s.search(range("2019-11-20", null))).extracting(Hit::publisher).containsExactly("AP");
        }
    }

    private static Query range(String since, String until) {
        return new Query(null, List.of(), List.of(), List.of(), List.of(), since, until, List.of(), null, 20, false, false);
    }

    @Test
    void anOlderStoreKeepsItsTextReadingsAndGetsItsStoriesOnTheNextWrite() throws Exception {
        Path db = dir.resolve("db");
        String json;
        try (Store s = Store.open(db)) {
            s.put(article("Floods", StoreTest.FLOOD, "AP", "2020-01-02"), null);
            s.put(StoreTest.prison(), null);
            List<String> out = new ArrayList<>();
            s.readings(Query.text("prison"), out::add);
            json = out.get(0);
        }
        // what a version-1 store holds: the reading as JSON text, no stories, events without clusters
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            st.execute("UPDATE events SET cluster_id = NULL");
            st.execute("DELETE FROM clusters");
            st.execute("DELETE FROM story_articles");
            st.execute("DELETE FROM stories");
            st.execute("UPDATE meta SET value = '1' WHERE key = 'schema_version'");
            try (PreparedStatement ps = c.prepareStatement("UPDATE articles SET reading = ?, reading_bytes = NULL WHERE title = ?")) {
                ps.setString(1, json);
                ps.setString(2, "ISIS plans prison breaks");
                ps.executeUpdate();
            }
        }
        try (Store s = Store.open(db)) {
            List<String> out = new ArrayList<>();
            s.readings(Query.text("prison"), out::add);
            assertThat(out).containsExactly(json);
            s.put(StoreClusterTest.rewrite("Rudaw", "2019-11-20"), null);
            Stats st = s.stats();
            assertThat(st.stories()).isEqualTo(2);
            assertThat(st.clusters()).isEqualTo(3);
        }
        assertThat(StoreClusterTest.rows(db, "SELECT value FROM meta WHERE key='schema_version'")).containsExactly(String.valueOf(Schema.VERSION));
        assertThat(StoreClusterTest.rows(db, "SELECT count(*) FROM events WHERE cluster_id IS NULL")).containsExactly("0");
    }

    @Test
    void fullTextFindsOtherFormsOfAWordAlsoInAStoreIndexedBeforeTheStemmer() throws Exception {
        Path db = dir.resolve("db");
        try (Store s = Store.open(db)) {
            s.put(StoreTest.prison(), null); // "ISIS plans prison breaks"
            assertThat(s.search(Query.text("prison break"))).hasSize(1);
            assertThat(s.search(Query.text("planned"))).hasSize(1);
        }
        // what a schema-2 store holds: the same index without the stemmer
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            st.execute("DROP TABLE articles_fts");
            st.execute("CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles', content_rowid='id', "
                    + "tokenize='unicode61 remove_diacritics 2')");
            st.execute("INSERT INTO articles_fts(articles_fts) VALUES('rebuild')");
            st.execute("UPDATE meta SET value = '2' WHERE key = 'schema_version'");
        }
        assertThat(StoreClusterTest.rows(db, "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'break'")).containsExactly("0");
        try (Store s = Store.open(db)) {
            assertThat(s.search(Query.text("prison break"))).hasSize(1);
        }
        assertThat(StoreClusterTest.rows(db, "SELECT value FROM meta WHERE key='schema_version'")).containsExactly(String.valueOf(Schema.VERSION));
    }
}
