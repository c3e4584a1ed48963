package org.sitrep.net;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.URI;
import org.junit.jupiter.api.Test;

/** The SSRF guard on address literals (no network needed) and on names that resolve locally. */
class UrlGuardTest {

    private static String refusal(UrlGuard g, String url) { return g.refusal(URI.create(url)); }

    @Test
    void refusesEveryNonPublicKindOfAddress() {
        String[][] cases = {
                {"http://127.0.0.1/", "loopback"}, {"http://127.8.9.10:8080/x", "loopback"}, {"http://[::1]/", "loopback"},
                {"http://10.1.2.3/", "private"}, {"http://172.16.0.1/", "private"}, {"http://172.31.255.255/", "private"},
                {"http://192.168.1.1/", "private"}, {"http://[fc00::1]/", "private"}, {"http://[fd12:3456::1]/", "private"},
                {"http://169.254.169.254/latest/meta-data/", "link-local"}, {"http://[fe80::1]/", "link-local"},
                {"http://0.0.0.0/", "0.0.0.0/8"}, {"http://0.1.2.3/", "0.0.0.0/8"}, {"http://[::]/", "unspecified"},
                {"http://224.0.0.1/", "multicast"}, {"http://[ff02::1]/", "multicast"}, {"http://100.64.0.1/", "carrier-grade NAT"},
                {"http://255.255.255.255/", "reserved"},
                // IPv4 inside IPv6: judged as the IPv4 address
                {"http://[::ffff:127.0.0.1]/", "loopback"}, {"http://[::ffff:169.254.169.254]/", "link-local"},
                {"http://[64:ff9b::10.0.0.1]/", "private"}, {"http://[2002:c0a8:0101::1]/", "private"},
        };
        for (String[] c : cases) {
            assertThat(refusal(UrlGuard.PUBLIC_ONLY, c[0])).as(c[0]).isNotNull().contains(c[1]).contains("--allow-private-urls");
            assertThat(refusal(UrlGuard.OPEN, c[0])).as(c[0] + " with the allowance").isNull();
        }
    }

    @Test
    void allowsPublicAddresses() {
        for (String url : new String[] {"http://8.8.8.8/", "https://172.32.0.1/", "http://172.15.255.255/", "http://100.128.0.1/",
                "http://169.253.1.1/", "http://[2001:4860:4860::8888]/", "http://[2a00:1450:4001:80b::200e]:8443/x"}) {
            assertThat(refusal(UrlGuard.PUBLIC_ONLY, url)).as(url).isNull();
        }
    }

    @Test
    void aNameIsJudgedByWhatItResolvesTo() {
        assertThat(refusal(UrlGuard.PUBLIC_ONLY, "http://localhost:8080/")).contains("loopback");
        assertThat(refusal(UrlGuard.PUBLIC_ONLY, "http://no-such-host.invalid/")).contains("cannot resolve");
        assertThat(refusal(UrlGuard.OPEN, "http://no-such-host.invalid/")).isNull(); // the CLI's fetcher reports it itself
    }

    @Test
    void namedExceptionsAreExact() throws Exception {
        UrlGuard g = UrlGuard.publicAnd(InetAddress.getByName("127.0.0.1"));
        assertThat(refusal(g, "http://127.0.0.1:9999/")).isNull();
        assertThat(refusal(g, "http://127.0.0.2/")).contains("loopback");
        assertThat(refusal(g, "http://169.254.169.254/")).contains("link-local");
        assertThat(g.allowsPrivate()).isFalse();
        assertThat(UrlGuard.of(true)).isSameAs(UrlGuard.OPEN);
    }
}
