package org.sitrep.ingest;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.sitrep.net.UrlGuard;

/**
 * Fetches one URL the user named, once: GET with a connect timeout, a deadline for the whole exchange (headers and
 * body, so a server that trickles bytes cannot hold ingest), redirects followed only to http(s) and at most a few
 * times, a size cap, and an optional {@link UrlGuard} checked on the first request and on every redirect hop (the
 * server's URL ingest; the CLI fetches without one). Every failure is an {@link IngestException} whose message says why in one line.
 */
public final class UrlFetcher {

    public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    public static final int MAX_REDIRECTS = 5;

    /** A fetched body; {@code uri} is the final one, after redirects. */
    public record Fetched(URI uri, String contentType, byte[] body) {}

    /** The guard refused the URL or one of its redirects: nothing was sent to that address. */
    public static final class Refused extends IngestException {
        Refused(String reason) { super(reason); }
    }

    private final Duration connectTimeout;
    private final Duration requestTimeout;
    private final long maxBytes;
    private final int maxRedirects;
    private final UrlGuard guard;
    private HttpClient client; // made on the first fetch: no client (and no threads) when no URL is named

    /** A fetcher for the CLI: its user names the URLs, so any address may be fetched ({@link UrlGuard#OPEN}). */
    public UrlFetcher(long maxBytes) { this(maxBytes, UrlGuard.OPEN); }

    /** @param guard checked before the first request and before every redirect hop */
    public UrlFetcher(long maxBytes, UrlGuard guard) { this(CONNECT_TIMEOUT, REQUEST_TIMEOUT, maxBytes, MAX_REDIRECTS, guard); }

    public UrlFetcher(Duration connectTimeout, Duration requestTimeout, long maxBytes, int maxRedirects) {
        this(connectTimeout, requestTimeout, maxBytes, maxRedirects, UrlGuard.OPEN);
    }

    public UrlFetcher(Duration connectTimeout, Duration requestTimeout, long maxBytes, int maxRedirects, UrlGuard guard) {
        this.connectTimeout = connectTimeout;
        this.requestTimeout = requestTimeout;
        this.maxBytes = maxBytes;
        this.maxRedirects = maxRedirects;
        this.guard = guard;
    }

    /** True for the URLs fetched at all: http and https, nothing else (no file:, ftp:, jar:). */
    public static boolean isHttp(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
    }

    public Fetched fetch(URI uri) throws IngestException {
        if (!isHttp(uri)) throw new IngestException("only http and https URLs are fetched");
        long deadline = System.nanoTime() + requestTimeout.toNanos();
        URI current = uri;
        // Redirects are followed here rather than by the client so each target's scheme is checked.
        for (int hop = 0; hop <= maxRedirects; hop++) {
            String refused = guard.refusal(current);
            if (refused != null) throw new Refused(hop == 0 ? refused : "redirected to " + current.getHost() + ": " + refused);
            HttpResponse<byte[]> r = send(current, deadline);
            int status = r.statusCode();
            if (status >= 300 && status < 400 && status != 304) {
                String location = r.headers().firstValue("Location")
                        .orElseThrow(() -> new IngestException("HTTP " + status + " redirect without a Location"));
                URI next;
                try {
                    next = current.resolve(location.strip());
                } catch (IllegalArgumentException e) {
                    throw new IngestException("HTTP " + status + " redirect to a malformed URL: " + location);
                }
                if (!isHttp(next)) throw new IngestException("redirected to a URL that is not http(s): " + next);
                current = next;
                continue;
            }
            if (status != 200) throw new IngestException("HTTP status " + status + " (expected 200)");
            return new Fetched(current, r.headers().firstValue("Content-Type").orElse(""), r.body());
        }
        throw new IngestException("more than " + maxRedirects + " redirects");
    }

    private HttpResponse<byte[]> send(URI uri, long deadline) throws IngestException {
        long left = deadline - System.nanoTime();
        if (left <= 0) throw timedOut();
        HttpRequest request = HttpRequest.newBuilder(uri).GET().timeout(Duration.ofNanos(left))
                .header("Accept", "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, text/html;q=0.8, */*;q=0.5")
                .header("User-Agent", "sitrep (news event extraction)").build();
        CompletableFuture<HttpResponse<byte[]>> f = client().sendAsync(request, info -> CappedBody.of(info, maxBytes));
        try {
            return f.get(left, TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            f.cancel(true); // aborts the exchange: the connection is not left reading
            throw timedOut();
        } catch (InterruptedException e) {
            f.cancel(true);
            Thread.currentThread().interrupt();
            throw new IngestException("interrupted while fetching");
        } catch (ExecutionException e) {
            throw reason(e.getCause());
        }
    }

    private IngestException reason(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) { // the client wraps its causes in IOExceptions
            if (c instanceof CappedBody.TooLarge tl) return new IngestException(tl.getMessage());
            if (c instanceof HttpConnectTimeoutException) {
                return new IngestException("could not connect within " + connectTimeout.toSeconds() + " s");
            }
            if (c instanceof HttpTimeoutException) return timedOut();
            if (c instanceof ConnectException) return new IngestException("cannot connect: connection refused");
            if (c instanceof java.nio.channels.UnresolvedAddressException || c instanceof java.net.UnknownHostException) {
                return new IngestException("cannot connect: unknown host");
            }
        }
        return new IngestException("cannot fetch: " + (t instanceof IOException && t.getMessage() != null ? t.getMessage() : t));
    }

    private IngestException timedOut() {
        return new IngestException("timed out: no complete response within " + requestTimeout.toSeconds() + " s");
    }

    private synchronized HttpClient client() {
        if (client == null) {
            client = HttpClient.newBuilder().connectTimeout(connectTimeout).followRedirects(HttpClient.Redirect.NEVER).build();
        }
        return client;
    }
}
