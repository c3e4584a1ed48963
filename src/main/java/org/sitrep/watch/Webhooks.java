package org.sitrep.watch;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;

/**
 * POSTs a match's JSON to a rule's webhook: up to {@link #TRIES} attempts, waiting {@code backoff}, then twice that,
 * between them; a 2xx reply is a delivery. Redirects are not followed (the URL the user gave is the only one
 * called). Every attempt is reported to the log.
 */
public final class Webhooks {

    public static final int TRIES = 3;

    private final HttpClient http;
    private final Duration backoff;

    public Webhooks(Duration backoff) {
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NEVER).build();
        this.backoff = backoff;
    }

    public static Webhooks defaults() { return new Webhooks(Duration.ofSeconds(1)); }

    /** Delivers one match; true when some attempt got a 2xx reply. */
    boolean deliver(String url, Match m, Consumer<WatchStore.Delivery> log) throws InterruptedException {
        WatchRule.checkWebhook(url); // stored rules were checked on add; a hand-edited table is checked again here
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json; charset=utf-8").header("User-Agent", "sitrep-watch")
                .header("X-Sitrep-Rule", m.rule())
                .POST(HttpRequest.BodyPublishers.ofString(m.json(), StandardCharsets.UTF_8)).build();
        long wait = backoff.toMillis();
        for (int attempt = 1; attempt <= TRIES; attempt++) {
            Integer status = null;
            String error = null;
            try {
                HttpResponse<Void> r = http.send(request, HttpResponse.BodyHandlers.discarding());
                status = r.statusCode();
                if (status / 100 != 2) error = "HTTP " + status;
            } catch (IOException e) {
                error = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            }
            log.accept(new WatchStore.Delivery(m.rule(), m.articleId(), m.event(), url, attempt, status, error, Instant.now().toString()));
            if (error == null) return true;
            if (attempt < TRIES) {
                Thread.sleep(wait);
                wait *= 2;
            }
        }
        return false;
    }
}
