package org.sitrep.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * {@code event_keys} on PostgreSQL, written by the store in the put's or re-analysis's transaction rather than by
 * triggers as in SQLite ({@link Schema#EVENT_KEYS}). On PostgreSQL the store is the only writer (the bench-store
 * copier is SQLite-only), and it changes an article's event rows in exactly two places, a put and a re-analysis,
 * so one statement pair per article there replaces eight row triggers that would re-aggregate an event's actors and
 * countries once per inserted actor or country row. The rows are derived by the same expressions as the triggers'.
 */
final class EventKeys {

    private EventKeys() {}

    private static final String INSERT = "INSERT INTO event_keys(" + Schema.EVENT_KEY_COLUMNS + ") SELECT "
            + Schema.eventKeyValues(Dialect.POSTGRES).replace("NEW.", "e.") + " FROM events e JOIN articles a ON a.id = e.article_id WHERE e.article_id = ?";

    /** Derives the keys of every event of one article again (its events, actors, countries, date, publisher, copy flag). */
    static void refresh(Connection c, long article) throws SQLException {
        try (PreparedStatement del = c.prepareStatement("DELETE FROM event_keys WHERE article_id = ?"); PreparedStatement ins = c.prepareStatement(INSERT)) {
            del.setLong(1, article);
            del.executeUpdate();
            ins.setLong(1, article);
            ins.executeUpdate();
        }
    }
}
