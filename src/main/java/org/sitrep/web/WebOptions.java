package org.sitrep.web;

import org.sitrep.net.UrlGuard;

/**
 * How the server runs.
 *
 * @param maxBodyBytes     request bodies above this are refused with 413; a news article is rarely over 200 kB, and
 *                         CoreNLP's memory grows with the text (also the cap on a page fetched for URL ingest)
 * @param maxConcurrent    analyses run at once; more wait (an analysis takes the better part of a core for a second or two)
 * @param queueTimeoutMs   how long a request waits for an analysis slot before it gets 503
 * @param allowPrivateUrls URLs from API clients (pages to ingest, webhooks) may point at loopback, private and link-local
 *                         addresses ({@code sitrep serve --allow-private-urls}); off by default, because the server can
 *                         reach what its clients cannot
 */
public record WebOptions(long maxBodyBytes, int maxConcurrent, long queueTimeoutMs, boolean allowPrivateUrls) {

    public static final long DEFAULT_MAX_BODY = 2L * 1024 * 1024;

    public WebOptions {
        if (maxBodyBytes <= 0) throw new IllegalArgumentException("maxBodyBytes must be positive");
        if (maxConcurrent <= 0) throw new IllegalArgumentException("maxConcurrent must be positive");
    }

    public static WebOptions defaults() {
        return new WebOptions(DEFAULT_MAX_BODY, Math.max(1, Runtime.getRuntime().availableProcessors()), 60_000, false);
    }

    public WebOptions withMaxBodyBytes(long bytes) { return new WebOptions(bytes, maxConcurrent, queueTimeoutMs, allowPrivateUrls); }

    public WebOptions withPrivateUrls(boolean allow) { return new WebOptions(maxBodyBytes, maxConcurrent, queueTimeoutMs, allow); }

    /** The SSRF guard for URLs that come from API clients. */
    public UrlGuard urlGuard() { return UrlGuard.of(allowPrivateUrls); }
}
