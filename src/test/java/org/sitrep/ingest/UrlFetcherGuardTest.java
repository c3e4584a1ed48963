package org.sitrep.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sitrep.net.UrlGuard;

/**
 * The guard on every redirect hop, against a loopback server that the guard lets through (as a public site would be)
 * and that redirects to addresses it must not: nothing may be requested from them.
 */
class UrlFetcherGuardTest {

    HttpServer server;
    final AtomicInteger pageHits = new AtomicInteger();

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        server.createContext("/page", ex -> {
            pageHits.incrementAndGet();
            byte[] b = "<html><body><p>Talks resumed in Geneva on Monday.</p></body></html>".getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "text/html");
            ex.sendResponseHeaders(200, b.length);
            ex.getResponseBody().write(b);
            ex.close();
        });
        redirect("/to-metadata", "http://169.254.169.254/latest/meta-data/");
        redirect("/to-ten", "http://10.0.0.1/admin");
        redirect("/to-v6-loopback", "http://[::1]:" + port() + "/page");
        redirect("/to-other-loopback", "http://127.0.0.2:" + port() + "/page");
        redirect("/to-page", "/page");
        server.start();
    }

    private void redirect(String path, String to) {
        server.createContext(path, ex -> {
            ex.getResponseHeaders().add("Location", to);
            ex.sendResponseHeaders(302, -1);
            ex.close();
        });
    }

    private int port() { return server.getAddress().getPort(); }

    private URI url(String path) { return URI.create("http://127.0.0.1:" + port() + path); }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void everyRedirectHopIsChecked() throws Exception {
        UrlFetcher f = new UrlFetcher(1 << 20, UrlGuard.publicAnd(InetAddress.getByName("127.0.0.1")));
        assertThat(new String(f.fetch(url("/to-page")).body(), StandardCharsets.UTF_8)).contains("Geneva"); // an allowed hop is followed
        assertThatThrownBy(() -> f.fetch(url("/to-metadata"))).isInstanceOf(UrlFetcher.Refused.class)
                .hasMessageContaining("redirected to 169.254.169.254").hasMessageContaining("link-local");
        assertThatThrownBy(() -> f.fetch(url("/to-ten"))).isInstanceOf(UrlFetcher.Refused.class).hasMessageContaining("private");
        assertThatThrownBy(() -> f.fetch(url("/to-v6-loopback"))).isInstanceOf(UrlFetcher.Refused.class).hasMessageContaining("loopback");
        assertThatThrownBy(() -> f.fetch(url("/to-other-loopback"))).isInstanceOf(UrlFetcher.Refused.class).hasMessageContaining("loopback");
        assertThat(pageHits.get()).isEqualTo(1); // only the allowed fetch reached the page
    }

    @Test
    void theFirstRequestIsCheckedToo() {
        UrlFetcher f = new UrlFetcher(1 << 20, UrlGuard.PUBLIC_ONLY);
        assertThatThrownBy(() -> f.fetch(url("/page"))).isInstanceOf(UrlFetcher.Refused.class).hasMessageContaining("127.0.0.1 is a loopback");
        assertThat(pageHits.get()).isZero();
    }

    @Test
    void theCliFetcherHasNoGuard() throws Exception {
        UrlFetcher f = new UrlFetcher(1 << 20); // its user names the URLs: a local server is fine
        assertThat(f.fetch(url("/to-page")).uri().getPath()).isEqualTo("/page");
        assertThat(pageHits.get()).isEqualTo(1);
    }
}
