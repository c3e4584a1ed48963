package org.sitrep.store;

import java.util.List;

/**
 * The store's tables (docs/store.md describes every column). Created on first open; {@link #VERSION} is kept in
 * {@code meta} so a later sitrep can migrate an older file rather than misread it.
 */
final class Schema {

    static final int VERSION = 4;

    private Schema() {}

    /**
     * Brings a store of an older schema up to this one, in the open's transaction (run on every open; each step checks first). Version 1 had an empty
     * {@code clusters} table without its story and dates (its articles get their stories on the next write) and its
     * readings as JSON text (still read as they are; new and re-analysed ones are compressed, see {@link ReadingCodec}).
     * Version 2 indexed exact words; version 3 re-indexes them with the Porter stemmer. Version 4 adds
     * {@code event_keys} (created empty with its triggers by {@link #EVENT_KEYS}), filled here from the stored events
     * in one statement. Any version may lack {@code places.publisher_home} (added within version 4: older readers ignore it).
     */
    static void migrate(java.sql.Connection c, int from) throws java.sql.SQLException {
        try (java.sql.Statement s = c.createStatement()) {
            List<String> columns = columns(c, "clusters"), articleColumns = columns(c, "articles");
            if (!articleColumns.contains("reading_bytes")) s.execute("ALTER TABLE articles ADD COLUMN reading_bytes INTEGER");
            if (!columns.contains("story_id")) s.execute("ALTER TABLE clusters ADD COLUMN story_id INTEGER REFERENCES stories(id)");
            if (!columns.contains("first_seen")) s.execute("ALTER TABLE clusters ADD COLUMN first_seen TEXT");
            if (!columns.contains("last_seen")) s.execute("ALTER TABLE clusters ADD COLUMN last_seen TEXT");
            List<String> placeColumns = columns(c, "places");
            // NULL for places stored before: whether the home chose them is not known without analysing them again.
            if (!placeColumns.contains("publisher_home")) s.execute("ALTER TABLE places ADD COLUMN publisher_home INTEGER");
            s.execute("CREATE INDEX IF NOT EXISTS clusters_story ON clusters(story_id)");
            String fullText = null;
            try (java.sql.ResultSet rs = s.executeQuery("SELECT sql FROM sqlite_master WHERE name='articles_fts'")) {
                if (rs.next()) fullText = rs.getString(1);
            }
            if (fullText != null && !fullText.contains("porter")) { // schema 2: re-index the stored articles with the stemmer
                s.execute("DROP TABLE articles_fts");
                s.execute(FULL_TEXT);
                s.execute("INSERT INTO articles_fts(articles_fts) VALUES('rebuild')");
            }
            if (from < 4) { // OR REPLACE: rows its triggers wrote since this open would be the same
                s.execute("INSERT OR REPLACE INTO event_keys(" + EVENT_KEY_COLUMNS + ") SELECT " + EVENT_KEY_VALUES.replace("NEW.", "e.")
                        + " FROM events e JOIN articles a ON a.id = e.article_id");
            }
            if (from < VERSION) s.execute("UPDATE meta SET value='" + VERSION + "' WHERE key='schema_version'");
        }
    }

    /** The column names of a table of the main database (a temporary table of the same name does not count). */
    static List<String> columns(java.sql.Connection c, String table) throws java.sql.SQLException {
        List<String> out = new java.util.ArrayList<>();
        try (java.sql.Statement s = c.createStatement(); java.sql.ResultSet rs = s.executeQuery("PRAGMA main.table_info(" + table + ")")) {
            while (rs.next()) out.add(rs.getString("name"));
        }
        return out;
    }

    /**
     * Full text over title and text. The Porter stemmer because analysts type "prison break" for an article that says
     * "prison breaks" (schema 3; schema 2 matched exact words only).
     */
    static final String FULL_TEXT = """
            CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5(
              title, text, content='articles', content_rowid='id', tokenize='porter unicode61 remove_diacritics 2')""";

    /** What {@code event_keys} holds, and how each value is derived from an event row (NEW) and its article (a). */
    static final String EVENT_KEY_COLUMNS = "article_id, event, at, plover, modality, publisher, copy, lat, lon, actor1, actor2, countries, actors";
    static final String EVENT_KEY_VALUES = eventKeyValues(Dialect.SQLITE);

    /** {@link #EVENT_KEY_VALUES} in a dialect (PostgreSQL's {@link EventKeys} writes them from an event row NEW). */
    static String eventKeyValues(Dialect d) {
        return "NEW.article_id, NEW.id, COALESCE(NEW.date, a.published), NEW.plover, NEW.modality, a.publisher, "
                + (d.postgres() ? "CASE WHEN a.duplicate_of IS NULL THEN 0 ELSE 1 END" : "a.duplicate_of IS NOT NULL")
                + ", NEW.lat, NEW.lon, NEW.actor1, NEW.actor2, " + countries(d, "NEW.article_id", "NEW.id") + ", " + actors(d, "NEW.article_id", "NEW.id");
    }

    static String countries(String article, String event) {
        return countries(Dialect.SQLITE, article, event);
    }

    /** An event's countries as one string, each between unit separators (char 31): a filter is one instr(), not a lookup. */
    static String countries(Dialect d, String article, String event) {
        String us = d.separator();
        return "(SELECT " + us + " || " + d.groupConcat("x.country", us) + " || " + us + " FROM event_countries x WHERE x.article_id = " + article
                + " AND x.event = " + event + ")";
    }

    static String actors(String article, String event) {
        return actors(Dialect.SQLITE, article, event);
    }

    /** The same of every name of an event's actors, lower-cased as SQLite's NOCASE folds them (ASCII only; PostgreSQL's text is COLLATE "C", the same). */
    static String actors(Dialect d, String article, String event) {
        String us = d.separator();
        return "(SELECT " + us + " || " + d.groupConcat("lower(x.name)", us) + " || " + us + " FROM event_actors x WHERE x.article_id = " + article
                + " AND x.event = " + event + ")";
    }

    /**
     * Schema 4: a narrow copy of what the event filters and facets read, one row per event, so a search walks short
     * rows in index order instead of the wide {@code events} rows (evidence, summary) joined to {@code articles}
     * (docs/workbench.md). {@code at} is the event's effective date, COALESCE(date, published), as stored (not cut to
     * the day, so the newest-first order stays exactly the old one); {@code copy} is 1 when the article is a
     * near-duplicate; {@code countries} and {@code actors} hold what event_countries and event_actors hold for the
     * event, so no filter needs a lookup per event. Triggers keep it equal to the rows it is derived from, whatever writes them (put, re-analysis,
     * copy links, the bench-store copier), so no writer can forget it. The indexes lead with {@code copy} because
     * searches hide copies by default, then {@code at DESC} and the key, so a page is read in its order and stops at
     * its limit, and they cover every column, so counts, facets and the timeline never leave the index.
     */
    static final String COVERED = "plover, modality, publisher, lat, lon, countries, actors, actor1, actor2";

    static final List<String> EVENT_KEYS = List.of(
            """
            CREATE TABLE IF NOT EXISTS event_keys(
              article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE, event TEXT NOT NULL,
              at TEXT, plover TEXT, modality TEXT, publisher TEXT, copy INTEGER NOT NULL, lat REAL, lon REAL, actor1 TEXT, actor2 TEXT,
              countries TEXT, actors TEXT, PRIMARY KEY(article_id, event)) WITHOUT ROWID""",
            "CREATE INDEX IF NOT EXISTS event_keys_at ON event_keys(copy, at DESC, article_id, event, " + COVERED + ")",
            "CREATE INDEX IF NOT EXISTS event_keys_plover ON event_keys(copy, plover, at DESC, article_id, event, " + COVERED + ")",
            "CREATE INDEX IF NOT EXISTS event_keys_modality ON event_keys(copy, modality, at DESC, article_id, event, " + COVERED + ")",
            "CREATE TRIGGER IF NOT EXISTS event_keys_insert AFTER INSERT ON events BEGIN INSERT OR REPLACE INTO event_keys(" + EVENT_KEY_COLUMNS
                    + ") SELECT " + EVENT_KEY_VALUES + " FROM articles a WHERE a.id = NEW.article_id; END",
            "CREATE TRIGGER IF NOT EXISTS event_keys_update AFTER UPDATE OF article_id, id, plover, modality, date, lat, lon, actor1, actor2 ON events "
                    + "BEGIN DELETE FROM event_keys WHERE article_id = OLD.article_id AND event = OLD.id; INSERT OR REPLACE INTO event_keys("
                    + EVENT_KEY_COLUMNS + ") SELECT " + EVENT_KEY_VALUES + " FROM articles a WHERE a.id = NEW.article_id; END",
            "CREATE TRIGGER IF NOT EXISTS event_keys_delete AFTER DELETE ON events "
                    + "BEGIN DELETE FROM event_keys WHERE article_id = OLD.article_id AND event = OLD.id; END",
            // the country and actor rows of an event are written after the event
            "CREATE TRIGGER IF NOT EXISTS event_keys_countries_insert AFTER INSERT ON event_countries BEGIN UPDATE event_keys SET countries = "
                    + countries("NEW.article_id", "NEW.event") + " WHERE article_id = NEW.article_id AND event = NEW.event; END",
            "CREATE TRIGGER IF NOT EXISTS event_keys_countries_delete AFTER DELETE ON event_countries BEGIN UPDATE event_keys SET countries = "
                    + countries("OLD.article_id", "OLD.event") + " WHERE article_id = OLD.article_id AND event = OLD.event; END",
            "CREATE TRIGGER IF NOT EXISTS event_keys_actors_insert AFTER INSERT ON event_actors BEGIN UPDATE event_keys SET actors = "
                    + actors("NEW.article_id", "NEW.event") + " WHERE article_id = NEW.article_id AND event = NEW.event; END",
            "CREATE TRIGGER IF NOT EXISTS event_keys_actors_delete AFTER DELETE ON event_actors BEGIN UPDATE event_keys SET actors = "
                    + actors("OLD.article_id", "OLD.event") + " WHERE article_id = OLD.article_id AND event = OLD.event; END",
            // an article becoming a copy (or the root of its group), or its date or publisher changing, changes its events' keys
            "CREATE TRIGGER IF NOT EXISTS event_keys_article AFTER UPDATE OF duplicate_of, published, publisher ON articles "
                    + "BEGIN UPDATE event_keys SET copy = NEW.duplicate_of IS NOT NULL, publisher = NEW.publisher, at = (SELECT COALESCE(e.date, NEW.published) "
                    + "FROM events e WHERE e.article_id = NEW.id AND e.id = event_keys.event) WHERE article_id = NEW.id; END",
            // an article search walks the originals newest first, checking the full-text matches by rowid, without reading a row
            "CREATE INDEX IF NOT EXISTS articles_copy_published ON articles(duplicate_of, published DESC)");

    /** The tables of schema 3, as sitrep 3 created them (a migration test builds an old store from them). */
    static final List<String> V3 = List.of(
            "CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL)",
            "CREATE TABLE IF NOT EXISTS sources(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE COLLATE NOCASE)",
            """
            CREATE TABLE IF NOT EXISTS articles(
              id INTEGER PRIMARY KEY,
              content_hash TEXT NOT NULL UNIQUE,
              title TEXT, source_id INTEGER REFERENCES sources(id), publisher TEXT, author TEXT, url TEXT,
              published TEXT, language TEXT, dateline TEXT, format TEXT, input TEXT,
              text TEXT NOT NULL,
              sentences TEXT NOT NULL,
              raw BLOB,
              reading TEXT NOT NULL, reading_bytes INTEGER,
              sitrep_version TEXT NOT NULL, contract_version TEXT NOT NULL, models TEXT NOT NULL,
              ingested_at TEXT NOT NULL,
              duplicate_of INTEGER REFERENCES articles(id),
              similarity REAL)""",
            "CREATE INDEX IF NOT EXISTS articles_published ON articles(published)",
            "CREATE INDEX IF NOT EXISTS articles_duplicate_of ON articles(duplicate_of)",
            "CREATE INDEX IF NOT EXISTS articles_source ON articles(source_id)",
            """
            CREATE TABLE IF NOT EXISTS sightings(
              article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE, input TEXT NOT NULL,
              publisher TEXT, url TEXT, seen_at TEXT NOT NULL, PRIMARY KEY(article_id, input)) WITHOUT ROWID""",
            """
            CREATE TABLE IF NOT EXISTS entities(
              article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE, id TEXT NOT NULL,
              type TEXT, name TEXT, actor TEXT, aliases TEXT, titles TEXT, note TEXT,
              PRIMARY KEY(article_id, id)) WITHOUT ROWID""",
            "CREATE INDEX IF NOT EXISTS entities_name ON entities(name COLLATE NOCASE)",
            """
            CREATE TABLE IF NOT EXISTS mentions(
              article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE, entity TEXT NOT NULL,
              text TEXT, start INTEGER, "end" INTEGER, sentence INTEGER)""",
            "CREATE INDEX IF NOT EXISTS mentions_article ON mentions(article_id)",
            // An entity's mentions in an article (its page: mentions per day, quotes that name it).
            "CREATE INDEX IF NOT EXISTS mentions_entity ON mentions(article_id, entity)",
            """
            CREATE TABLE IF NOT EXISTS places(
              article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE, id TEXT NOT NULL,
              name TEXT, geonames_id INTEGER, country TEXT, admin1 TEXT, lat REAL, lon REAL, precision TEXT, role TEXT,
              entity TEXT, PRIMARY KEY(article_id, id)) WITHOUT ROWID""",
            // The entity and place pages find a place's rows by GeoNames id, or by name when it has none.
            "CREATE INDEX IF NOT EXISTS places_geonames ON places(geonames_id)",
            "CREATE INDEX IF NOT EXISTS places_name ON places(name COLLATE NOCASE)",
            """
            CREATE TABLE IF NOT EXISTS quotes(
              article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE, id TEXT NOT NULL,
              kind TEXT, text TEXT, start INTEGER, "end" INTEGER, cue TEXT, speaker TEXT, speaker_entity TEXT,
              addressee TEXT, reported_by TEXT, sentence INTEGER, PRIMARY KEY(article_id, id)) WITHOUT ROWID""",
            // Quote search by a speaker's name as written ("officials"), which no entity row holds.
            "CREATE INDEX IF NOT EXISTS quotes_speaker ON quotes(speaker COLLATE NOCASE)",
            """
            CREATE TABLE IF NOT EXISTS claims(
              article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE, id TEXT NOT NULL,
              quote TEXT, text TEXT, start INTEGER, "end" INTEGER, stance TEXT, chain TEXT, source_chain TEXT,
              evidence TEXT, PRIMARY KEY(article_id, id)) WITHOUT ROWID""",
            """
            CREATE TABLE IF NOT EXISTS events(
              article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE, id TEXT NOT NULL,
              plover TEXT, mode TEXT, cameo TEXT, modality TEXT, negated INTEGER, trigger TEXT,
              actor1 TEXT, actor1_entity TEXT, actor1_code TEXT, actor2 TEXT, actor2_entity TEXT, actor2_code TEXT,
              place TEXT, location TEXT, admin1 TEXT, lat REAL, lon REAL, geo_precision TEXT,
              countries TEXT, country TEXT, date TEXT, precision TEXT, claim TEXT, asserted_by TEXT, source_chain TEXT,
              sentence INTEGER, evidence TEXT, summary TEXT, fatalities INTEGER, cluster_id INTEGER REFERENCES clusters(id),
              PRIMARY KEY(article_id, id)) WITHOUT ROWID""",
            "CREATE INDEX IF NOT EXISTS events_plover ON events(plover, date)",
            "CREATE INDEX IF NOT EXISTS events_latlon ON events(lat, lon)",
            "CREATE INDEX IF NOT EXISTS events_cluster ON events(cluster_id)",
            """
            CREATE TABLE IF NOT EXISTS event_actors(
              article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE, event TEXT NOT NULL, role TEXT NOT NULL,
              name TEXT NOT NULL COLLATE NOCASE, PRIMARY KEY(article_id, event, role, name)) WITHOUT ROWID""",
            "CREATE INDEX IF NOT EXISTS event_actors_name ON event_actors(name)",
            """
            CREATE TABLE IF NOT EXISTS event_countries(
              article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE, event TEXT NOT NULL, country TEXT NOT NULL,
              PRIMARY KEY(article_id, event, country)) WITHOUT ROWID""",
            "CREATE INDEX IF NOT EXISTS event_countries_country ON event_countries(country)",
            """
            CREATE TABLE IF NOT EXISTS stories(
              id INTEGER PRIMARY KEY, title TEXT, first_seen TEXT, last_seen TEXT,
              reports INTEGER NOT NULL DEFAULT 0, independent_sources INTEGER NOT NULL DEFAULT 0)""",
            """
            CREATE TABLE IF NOT EXISTS story_articles(
              article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
              story_id INTEGER NOT NULL REFERENCES stories(id), features BLOB)""",
            "CREATE INDEX IF NOT EXISTS story_articles_story ON story_articles(story_id)",
            """
            CREATE TABLE IF NOT EXISTS clusters(
              id INTEGER PRIMARY KEY, plover TEXT, country TEXT, first_date TEXT, last_date TEXT,
              reports INTEGER NOT NULL DEFAULT 0, independent_sources INTEGER NOT NULL DEFAULT 0,
              story_id INTEGER REFERENCES stories(id), first_seen TEXT, last_seen TEXT)""",
            """
            CREATE TABLE IF NOT EXISTS lsh(
              key INTEGER NOT NULL, article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
              PRIMARY KEY(key, article_id)) WITHOUT ROWID""",
            "CREATE INDEX IF NOT EXISTS lsh_article ON lsh(article_id)",
            FULL_TEXT);

    /** Every table, index and trigger of this schema, created on first open (each IF NOT EXISTS). */
    static final List<String> DDL = java.util.stream.Stream.concat(V3.stream(), EVENT_KEYS.stream()).toList();
}
