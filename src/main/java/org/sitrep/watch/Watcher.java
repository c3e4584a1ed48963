package org.sitrep.watch;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.store.Hit;
import org.sitrep.store.NewEvents;
import org.sitrep.store.StoreException;

/**
 * Checks every rule over the events stored since its mark, records the matches (once per rule and event) and moves
 * the mark, then POSTs the webhook deliveries that are due (each new match, and earlier ones still waiting after a
 * failed attempt; see {@link Webhooks}). A rule with a minimum of independent sources above 1 is checked over all
 * events each time instead, because a story gains sources after its first article is stored; its matches are still
 * recorded and delivered once.
 */
public final class Watcher {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** A claimed delivery that was never settled (the process died mid-attempt) is due again after this. */
    private static final long LEASE_MS = 5 * 60_000;

    private final Webhooks webhooks;

    public Watcher(Webhooks webhooks) { this.webhooks = webhooks; }

    /**
     * What a check found.
     *
     * @param delivered   deliveries that got a 2xx reply in this check
     * @param undelivered attempts in this check that failed (each is tried again on a later check until its attempts run out)
     */
    public record Result(List<Match> matches, int delivered, int undelivered) {}

    /** Checks every rule of the store at {@code db} now and makes the due webhook deliveries. */
    public static Result check(Path db) throws StoreException {
        return check(db.toString());
    }

    /** The same for a --db value: a SQLite file or a postgresql:// URL. */
    public static Result check(String db) throws StoreException {
        return new Watcher(Webhooks.defaults()).run(db);
    }

    /**
     * The hook at the end of {@code sitrep ingest}: checks the rules when the store has any, reports on {@code err},
     * and never fails the ingest (a rule problem is printed, the ingest's exit code is its own).
     */
    public static void afterIngest(String db, PrintStream err) {
        if (!WatchStore.hasRules(db)) return;
        try {
            Result r = check(db);
            if (!r.matches().isEmpty() || r.undelivered() > 0) {
                err.println("sitrep watch: " + r.matches().size() + " new matches" + (r.undelivered() > 0 ? ", " + r.undelivered()
                        + " webhook deliveries failed (tried again on later checks)" : "") + " (sitrep watch list)");
            }
        } catch (StoreException e) {
            err.println("sitrep watch: " + e.getMessage());
        }
    }

    /** Matches, then delivers. */
    public Result run(Path db) throws StoreException {
        return run(db.toString());
    }

    public Result run(String db) throws StoreException {
        try (WatchStore ws = WatchStore.open(db)) {
            List<Match> fresh = match(ws);
            Result d = deliver(ws);
            return new Result(fresh, d.delivered(), d.undelivered());
        }
    }

    /** Checks every rule and records the new matches (and their deliveries, in the outbox); sends nothing. */
    public List<Match> match(WatchStore ws) throws StoreException {
        List<Match> fresh = new ArrayList<>();
        Connection c = ws.connection();
        try {
            for (WatchStore.Stored s : ws.rules()) {
                WatchRule rule = s.rule();
                Transaction.run(c, () -> {
                    long top = NewEvents.lastArticleId(c);
                    String now = Instant.now().toString();
                    List<Hit> hits = new ArrayList<>();
                    long after = rule.minSources() > 1 ? 0 : s.lastArticleId();
                    NewEvents.scan(c, rule.query(), after, top, hits::add);
                    for (Hit h : hits) {
                        Integer sources = NewEvents.independentSources(c, h.cluster());
                        if (rule.minSources() > 1 && (sources == null || sources < rule.minSources())) continue;
                        Match m = new Match(rule.name(), h.articleId(), h.event(), now, json(rule.name(), now, h, sources));
                        if (ws.record(m)) {
                            fresh.add(m);
                            if (rule.webhook() != null) Outbox.enqueue(c, m, System.currentTimeMillis());
                        }
                    }
                    ws.mark(rule.name(), top, now);
                    return null;
                });
            }
        } catch (SQLException e) {
            throw WatchStore.fail(e);
        }
        return List.copyOf(fresh);
    }

    /**
     * Makes every due delivery once, logging each attempt. It runs after the matches are committed, so a slow or dead
     * webhook never holds the store's write lock.
     */
    public Result deliver(WatchStore ws) throws StoreException {
        Connection c = ws.connection();
        int delivered = 0, undelivered = 0;
        try {
            for (Outbox.Due d : Outbox.claim(c, System.currentTimeMillis(), LEASE_MS)) {
                int attempt = d.attempts() + 1;
                Webhooks.Attempt a = webhooks.attempt(d.url(), d.guarded(), d.match(), attempt);
                ws.log(a.log());
                if (a.delivered()) {
                    Outbox.settle(c, d.match(), attempt, "delivered", System.currentTimeMillis());
                    delivered++;
                } else {
                    boolean last = a.refused() || attempt >= Webhooks.MAX_ATTEMPTS;
                    Outbox.settle(c, d.match(), attempt, last ? "failed" : "pending", System.currentTimeMillis() + (last ? 0 : webhooks.delayAfter(attempt)));
                    undelivered++;
                }
            }
        } catch (SQLException e) {
            throw WatchStore.fail(e);
        }
        return new Result(List.of(), delivered, undelivered);
    }

    /** The event as {@code sitrep search --format jsonl} writes it, with the rule, the time of the match and the sources. */
    static String json(String rule, String matchedAt, Hit h, Integer sources) {
        ObjectNode o = JSON.createObjectNode().put("rule", rule).put("matched_at", matchedAt);
        o.put("event_date", h.when()).put("time_precision", h.precision()).put("event_type", h.plover()).put("sub_event_type", h.mode())
                .put("actor1", h.actor1()).put("actor2", h.actor2()).put("country", h.country()).put("admin1", h.admin1())
                .put("location", h.location()).put("latitude", h.lat()).put("longitude", h.lon()).put("geo_precision", h.geoPrecision())
                .put("source", h.publisher()).put("source_chain", h.sourceChain()).put("modality", h.modality()).put("notes", h.summary())
                .put("fatalities", h.fatalities()).put("evidence", h.evidence()).put("title", h.title()).put("url", h.url())
                .put("published", h.published()).put("article_id", h.articleId()).put("event_id", h.event()).put("copies", h.copies())
                .put("cluster", h.cluster()).put("independent_sources", sources);
        return o.toString();
    }
}
