package org.sitrep.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.store.Query;
import org.sitrep.store.Store;

/** Rules over a temp store of hand-made readings: each filter, the mark, idempotence, the source minimum. */
class WatcherTest {

    @TempDir
    Path dir;
    /** The store: a file in the test's folder (PostgresWatcherTest: a PostgreSQL database). */
    String db;
    final Watcher watcher = new Watcher(new Webhooks(java.time.Duration.ofMillis(1)));

    @BeforeEach
    void store() throws Exception {
        db = location("sitrep.db");
        try (Store s = Store.open(db)) {
            s.putAll(WatchFixture.readings());
        }
    }

    String location(String name) {
        return dir.resolve(name).toString();
    }

    static WatchRule rule(String name, List<String> actors, List<String> types, List<String> modalities, List<String> countries,
                          Query.Near near, List<String> outlets) {
        return new WatchRule(name, actors, types, modalities, countries, near, outlets, 0, null);
    }

    private List<String> matched(WatchRule r) throws Exception {
        try (WatchStore ws = WatchStore.open(db)) {
            assertThat(ws.add(r, false)).isTrue();
        }
        watcher.run(db);
        try (WatchStore ws = WatchStore.open(db)) {
            return ws.matches(r.name(), 100, 0).stream().map(m -> title(m) + "/" + m.event()).sorted().toList();
        }
    }

    /** The same rule through sitrep search's path: a rule means what the search means. */
    private List<String> searched(WatchRule r) throws Exception {
        try (Store s = Store.open(db)) {
            return s.search(r.query()).stream().map(h -> h.title() + "/" + h.event()).sorted().toList();
        }
    }

    private static String title(Match m) {
        try {
            return new ObjectMapper().readTree(m.json()).get("title").asText();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theIssuesRuleMatchesThePlannedPrisonAttackOnly() throws Exception {
        WatchRule r = rule("prison-breaks", List.of("ISIS"), List.of("assault"), List.of("planned", "threatened"), List.of("iq", "SY"), null, List.of());
        assertThat(matched(r)).containsExactly("Attack planned on Raqqa prison/v1").isEqualTo(searched(r));
    }

    @Test
    void eachFilterMeansWhatSearchMeans() throws Exception {
        List<WatchRule> rules = List.of(
                rule("actor", List.of("daesh"), List.of(), List.of(), List.of(), null, List.of()),
                rule("type", List.of(), List.of("PROTEST"), List.of(), List.of(), null, List.of()),
                rule("modality", List.of(), List.of(), List.of("threatened"), List.of(), null, List.of()),
                rule("country", List.of(), List.of(), List.of(), List.of("SY"), null, List.of()),
                rule("near", List.of(), List.of(), List.of(), List.of(), new Query.Near(33.3, 44.4, 50), List.of()),
                rule("outlet", List.of(), List.of(), List.of(), List.of(), null, List.of("rudaw")));
        List<List<String>> expected = List.of(
                List.of("Attack planned on Raqqa prison/v1", "ISIS attacks checkpoint near Kirkuk/v1", "ISIS attacks checkpoint near Kirkuk/v2"),
                List.of("Protesters fill Tahrir Square in Baghdad/v1"),
                List.of("ISIS attacks checkpoint near Kirkuk/v2"),
                List.of("Attack planned on Raqqa prison/v1"),
                List.of("Protesters fill Tahrir Square in Baghdad/v1"),
                List.of("ISIS attacks checkpoint near Kirkuk/v1", "ISIS attacks checkpoint near Kirkuk/v2"));
        for (int i = 0; i < rules.size(); i++) {
            assertThat(matched(rules.get(i))).as(rules.get(i).name()).isEqualTo(expected.get(i)).isEqualTo(searched(rules.get(i)));
        }
    }

    @Test
    void checkingTwiceAddsNothingAndOnlyNewArticlesAreChecked() throws Exception {
        WatchRule r = rule("syria", List.of(), List.of("ASSAULT"), List.of(), List.of("SY"), null, List.of());
        try (WatchStore ws = WatchStore.open(db)) {
            ws.add(r, false);
        }
        assertThat(watcher.run(db).matches()).hasSize(1);
        assertThat(watcher.run(db).matches()).isEmpty();
        try (Connection c = org.sitrep.store.PostgresStores.connect(db); Statement s = c.createStatement()) {
            s.execute("UPDATE watch_rules SET last_article_id = 0"); // even a rewound mark records each match once
        }
        assertThat(watcher.run(db).matches()).isEmpty();
        try (Store s = Store.open(db)) {
            s.put(WatchFixture.hostile(), null);
        }
        Watcher.Result third = watcher.run(db);
        assertThat(third.matches()).hasSize(1);
        assertThat(third.matches().get(0).json()).contains("Prison break");
        try (WatchStore ws = WatchStore.open(db)) {
            WatchStore.Stored stored = ws.rule("syria").orElseThrow();
            assertThat(stored.matches()).isEqualTo(2);
            assertThat(stored.lastArticleId()).isEqualTo(4);
            assertThat(ws.matches("syria", 100, 0)).hasSize(2);
        }
    }

    @Test
    void aRuleAddedFromNowIgnoresTheBacklog() throws Exception {
        try (WatchStore ws = WatchStore.open(db)) {
            ws.add(rule("later", List.of(), List.of("ASSAULT"), List.of(), List.of(), null, List.of()), true);
        }
        assertThat(watcher.run(db).matches()).isEmpty();
        try (Store s = Store.open(db)) {
            s.put(WatchFixture.hostile(), null);
        }
        assertThat(watcher.run(db).matches()).extracting(Match::articleId).containsExactly(4L);
    }

    @Test
    void aMinimumOfIndependentSourcesAppliesWhenTheStoryHasCounts() throws Exception {
        try (WatchStore ws = WatchStore.open(db)) {
            ws.add(new WatchRule("confirmed", List.of(), List.of("ASSAULT"), List.of(), List.of("SY"), null, List.of(), 2, null), false);
        }
        assertThat(watcher.run(db).matches()).isEmpty(); // no clusters yet: no counts
        try (Connection c = org.sitrep.store.PostgresStores.connect(db); Statement s = c.createStatement()) {
            s.execute("INSERT INTO clusters(id, plover, country, reports, independent_sources) VALUES(7, 'ASSAULT', 'SY', 3, 2)");
            s.execute("UPDATE events SET cluster_id = 7 WHERE plover = 'ASSAULT' AND country = 'SY'");
        }
        List<Match> m = watcher.run(db).matches(); // the story gained sources after its article was stored: it matches now
        assertThat(m).hasSize(1);
        JsonNode j = new ObjectMapper().readTree(m.get(0).json());
        assertThat(j.get("independent_sources").asInt()).isEqualTo(2);
        assertThat(j.get("rule").asText()).isEqualTo("confirmed");
        assertThat(watcher.run(db).matches()).isEmpty();
    }

    @Test
    void removingARuleDropsItsMatches() throws Exception {
        try (WatchStore ws = WatchStore.open(db)) {
            ws.add(rule("gone", List.of("ISIS"), List.of(), List.of(), List.of(), null, List.of()), false);
        }
        watcher.run(db);
        try (WatchStore ws = WatchStore.open(db)) {
            assertThat(ws.add(rule("gone", List.of("x"), List.of(), List.of(), List.of(), null, List.of()), false)).isFalse();
            assertThat(ws.remove("gone")).isTrue();
            assertThat(ws.remove("gone")).isFalse();
            assertThat(ws.matches("gone", 10, 0)).isEmpty();
            assertThat(ws.rules()).isEmpty();
        }
    }

    @Test
    void rulesAreValidated() {
        assertThatThrownBy(() -> rule("bad name", List.of("x"), List.of(), List.of(), List.of(), null, List.of())).hasMessageContaining("rule name");
        assertThatThrownBy(() -> rule("../x", List.of("x"), List.of(), List.of(), List.of(), null, List.of())).hasMessageContaining("rule name");
        assertThatThrownBy(() -> rule("empty", List.of(), List.of(), List.of(), List.of(), null, List.of())).hasMessageContaining("at least one filter");
        for (String url : List.of("file:///etc/passwd", "ftp://example.org/x", "/relative", "http://user:pw@example.org/", "javascript:alert(1)")) {
            assertThatThrownBy(() -> new WatchRule("w", List.of("x"), List.of(), List.of(), List.of(), null, List.of(), 0, url))
                    .as(url).hasMessageContaining("--webhook");
        }
        assertThat(new WatchRule("w", List.of("x"), List.of(), List.of(), List.of(), null, List.of(), 0, "https://example.org/hook").webhook())
                .isEqualTo("https://example.org/hook");
    }

    @Test
    void noStoreIsAnError() {
        assertThatThrownBy(() -> watcher.run(dir.resolve("missing.db"))).hasMessageContaining("no store");
    }

}
