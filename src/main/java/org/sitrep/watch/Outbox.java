package org.sitrep.watch;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code watch_outbox} table: a match waits here until its webhook answers 2xx, the attempts run out or the
 * guard refuses the address. A check tries each due entry once and never sleeps; a failed entry is due again after
 * the backoff, doubled per attempt, so a receiver that is down for a while gets the match when a later check (the
 * server's timer, the next {@code sitrep ingest} or {@code sitrep watch check}) finds it up.
 */
final class Outbox {

    /** A due entry with what its attempt needs (the rule's webhook as it is now). */
    record Due(Match match, String url, boolean guarded, int attempts) {}

    private Outbox() {}

    static void enqueue(Connection c, Match m, long now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                WatchStore.insertIgnore(c, "INSERT INTO watch_outbox(rule, article_id, event, attempts, next_at, state) VALUES(?,?,?,0,?,'pending')"))) {
            ps.setString(1, m.rule());
            ps.setLong(2, m.articleId());
            ps.setString(3, m.event());
            ps.setLong(4, now);
            ps.executeUpdate();
        }
    }

    /**
     * Takes the due entries, in one transaction: each is pushed {@code lease} ms into the future before it is tried,
     * so a second process checking at the same moment does not deliver it twice. Entries whose rule lost its webhook
     * are dropped.
     */
    static List<Due> claim(Connection c, long now, long lease) throws SQLException {
        List<Due> out = Transaction.run(c, () -> {
            List<Due> due = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT o.rule, o.article_id, o.event, m.matched_at, m.payload, r.webhook, r.guarded, o.attempts "
                    + "FROM watch_outbox o JOIN watch_rules r ON r.name = o.rule "
                    + "JOIN watch_matches m ON m.rule = o.rule AND m.article_id = o.article_id AND m.event = o.event "
                    + "WHERE o.state = 'pending' AND o.next_at <= ? ORDER BY o.next_at, o.rule, o.article_id, o.event"
                    // PostgreSQL: a second process claiming at the same moment skips the rows this one holds (SQLite: IMMEDIATE)
                    + (WatchStore.postgres(c) ? " FOR UPDATE OF o SKIP LOCKED" : ""))) {
                ps.setLong(1, now);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Match m = new Match(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5));
                        due.add(new Due(m, rs.getString(6), rs.getInt(7) != 0, rs.getInt(8)));
                    }
                }
            }
            for (Due d : due) {
                if (d.url() == null) settle(c, d.match(), d.attempts(), "dropped", now);
                else settle(c, d.match(), d.attempts(), "pending", now + lease);
            }
            return due;
        });
        return out.stream().filter(d -> d.url() != null).toList();
    }

    static void settle(Connection c, Match m, int attempts, String state, long nextAt) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE watch_outbox SET attempts = ?, state = ?, next_at = ? WHERE rule = ? AND article_id = ? AND event = ?")) {
            ps.setInt(1, attempts);
            ps.setString(2, state);
            ps.setLong(3, nextAt);
            ps.setString(4, m.rule());
            ps.setLong(5, m.articleId());
            ps.setString(6, m.event());
            ps.executeUpdate();
        }
    }

    static List<WatchStore.Pending> of(Connection c, String rule) throws SQLException {
        List<WatchStore.Pending> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT rule, article_id, event, attempts, state, next_at FROM watch_outbox "
                + "WHERE rule = ? AND state <> 'delivered' ORDER BY next_at, article_id, event")) {
            ps.setString(1, rule);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(new WatchStore.Pending(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getInt(4), rs.getString(5), rs.getLong(6)));
            }
        }
        return out;
    }
}
