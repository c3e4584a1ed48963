package org.sitrep.watch;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.sitrep.net.UrlGuard;

/**
 * POSTs a match's JSON to a rule's webhook, one attempt at a time: a 2xx reply is a delivery. A failed match waits in
 * the outbox for a later check, {@code backoff} after the first attempt, then twice that after each further one, up
 * to {@link #MAX_ATTEMPTS} (with the default of one minute the last attempt is about two hours after the first). A
 * check never sleeps between attempts, so a dead receiver does not hold an ingest. Redirects are not followed (the
 * URL the user gave is the only one called), and a rule that came through the API has its address checked by the
 * guard before every attempt.
 */
public final class Webhooks {

    public static final int MAX_ATTEMPTS = 8;
    public static final Duration DEFAULT_BACKOFF = Duration.ofMinutes(1);

    private final HttpClient http;
    private final Duration backoff;
    private final UrlGuard guard;

    /** Guarded rules are held to public addresses. */
    public Webhooks(Duration backoff) { this(backoff, UrlGuard.PUBLIC_ONLY); }

    /** @param guard what a guarded rule's webhook may reach (the server's own allowance) */
    public Webhooks(Duration backoff, UrlGuard guard) {
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NEVER).build();
        this.backoff = backoff;
        this.guard = guard;
    }

    public static Webhooks defaults() { return new Webhooks(DEFAULT_BACKOFF); }

    /** How long after its {@code attempts}-th failed attempt a match is tried again. */
    long delayAfter(int attempts) {
        return backoff.toMillis() << Math.min(20, Math.max(0, attempts - 1));
    }

    /** One attempt's outcome; {@code refused}: the guard stopped it, nothing was sent (not worth retrying). */
    record Attempt(WatchStore.Delivery log, boolean delivered, boolean refused) {}

    Attempt attempt(String url, boolean guarded, Match m, int attempt) {
        String refused = null;
        try {
            WatchRule.checkWebhook(url); // stored rules were checked on add; a hand-edited table is checked again here
            if (guarded) refused = guard.refusal(URI.create(url));
        } catch (IllegalArgumentException e) {
            refused = e.getMessage();
        }
        if (refused != null) return new Attempt(log(m, url, attempt, null, refused), false, true);
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json; charset=utf-8").header("User-Agent", "sitrep-watch")
                .header("X-Sitrep-Rule", m.rule())
                .POST(HttpRequest.BodyPublishers.ofString(m.json(), StandardCharsets.UTF_8)).build();
        Integer status = null;
        String error = null;
        try {
            HttpResponse<Void> r = http.send(request, HttpResponse.BodyHandlers.discarding());
            status = r.statusCode();
            if (status / 100 != 2) error = "HTTP " + status;
        } catch (IOException e) {
            error = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            error = "interrupted";
        }
        return new Attempt(log(m, url, attempt, status, error), error == null, false);
    }

    private static WatchStore.Delivery log(Match m, String url, int attempt, Integer status, String error) {
        return new WatchStore.Delivery(m.rule(), m.articleId(), m.event(), url, attempt, status, error, Instant.now().toString());
    }
}
