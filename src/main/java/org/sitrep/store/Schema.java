package org.sitrep.store;

import java.util.List;

/**
 * The store's tables (docs/store.md describes every column). Created on first open; {@link #VERSION} is kept in
 * {@code meta} so a later sitrep can migrate an older file rather than misread it.
 */
final class Schema {

    static final int VERSION = 3;

    private Schema() {}

    /**
     * Brings a store of an older schema up to this one, in the open's transaction (run on every open; each step checks first). Version 1 had an empty
     * {@code clusters} table without its story and dates (its articles get their stories on the next write) and its
     * readings as JSON text (still read as they are; new and re-analysed ones are compressed, see {@link ReadingCodec}).
     * Version 2 indexed exact words; version 3 re-indexes them with the Porter stemmer.
     */
    static void migrate(java.sql.Connection c, int from) throws java.sql.SQLException {
        try (java.sql.Statement s = c.createStatement()) {
            java.util.Set<String> columns = new java.util.HashSet<>();
            try (java.sql.ResultSet rs = s.executeQuery("PRAGMA table_info(clusters)")) {
                while (rs.next()) columns.add(rs.getString("name"));
            }
            java.util.Set<String> articleColumns = new java.util.HashSet<>();
            try (java.sql.ResultSet rs = s.executeQuery("PRAGMA table_info(articles)")) {
                while (rs.next()) articleColumns.add(rs.getString("name"));
            }
            if (!articleColumns.contains("reading_bytes")) s.execute("ALTER TABLE articles ADD COLUMN reading_bytes INTEGER");
            if (!columns.contains("story_id")) s.execute("ALTER TABLE clusters ADD COLUMN story_id INTEGER REFERENCES stories(id)");
            if (!columns.contains("first_seen")) s.execute("ALTER TABLE clusters ADD COLUMN first_seen TEXT");
            if (!columns.contains("last_seen")) s.execute("ALTER TABLE clusters ADD COLUMN last_seen TEXT");
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
            if (from < VERSION) s.execute("UPDATE meta SET value='" + VERSION + "' WHERE key='schema_version'");
        }
    }

    /**
     * Full text over title and text. The Porter stemmer because analysts type "prison break" for an article that says
     * "prison breaks" (schema 3; schema 2 matched exact words only).
     */
    static final String FULL_TEXT = """
            CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5(
              title, text, content='articles', content_rowid='id', tokenize='porter unicode61 remove_diacritics 2')""";

    static final List<String> DDL = List.of(
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
}
