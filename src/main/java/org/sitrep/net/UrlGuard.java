package org.sitrep.net;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;

/**
 * The SSRF guard: decides whether the server may send a request to a URL a client gave it (a page to ingest, a
 * webhook). The URL's host is resolved and refused when any of its addresses is loopback, private (10/8, 172.16/12,
 * 192.168/16, 100.64/10, fc00::/7), link-local (169.254/16, which holds the cloud metadata address, fe80::/10),
 * multicast, unspecified, in 0.0.0.0/8 or reserved (240/4); IPv4 addresses inside IPv6 ones (mapped, compatible,
 * NAT64, 6to4) are judged as IPv4. Every address must pass, not just the first: a name that resolves to a public and
 * a private address could be connected to either.
 *
 * <p>The guard resolves the name just before the HTTP client does. The JVM caches successful lookups (30 s by default,
 * {@code networkaddress.cache.ttl}), so the client connects to the address checked here and a DNS answer that
 * changes between the two lookups (rebinding) is not seen by the client. Callers check each redirect hop themselves.
 */
public final class UrlGuard {

    /** No refusals: the CLI (its user is trusted) and a server started with {@code --allow-private-urls}. */
    public static final UrlGuard OPEN = new UrlGuard(true, List.of());
    /** Public addresses only: the server's default for URLs that come from API clients. */
    public static final UrlGuard PUBLIC_ONLY = new UrlGuard(false, List.of());

    private final boolean allowPrivate;
    private final List<InetAddress> exceptions;

    private UrlGuard(boolean allowPrivate, List<InetAddress> exceptions) {
        this.allowPrivate = allowPrivate;
        this.exceptions = exceptions;
    }

    public static UrlGuard of(boolean allowPrivate) { return allowPrivate ? OPEN : PUBLIC_ONLY; }

    /** Public addresses plus these exact ones (a known internal service; the tests' loopback server). */
    public static UrlGuard publicAnd(InetAddress... allowed) { return new UrlGuard(false, List.of(allowed)); }

    public boolean allowsPrivate() { return allowPrivate; }

    /** Null when a request to {@code uri} may be sent, else why not (one line, for the client). */
    public String refusal(URI uri) {
        if (allowPrivate) return null;
        String host = uri.getHost();
        if (host == null || host.isBlank()) return "the URL has no host";
        if (host.startsWith("[") && host.endsWith("]")) host = host.substring(1, host.length() - 1);
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            // refused rather than left to the client: its own lookup might get another answer
            return "cannot resolve the host " + host;
        }
        for (InetAddress a : addresses) {
            if (exceptions.contains(a)) continue;
            String kind = kind(a);
            if (kind != null) {
                return "refused: " + host + " is " + (host.equals(a.getHostAddress()) ? "" : "at " + a.getHostAddress() + ", ") + "a " + kind
                        + " address (the server fetches public addresses only unless started with --allow-private-urls)";
            }
        }
        return null;
    }

    /** The kind of address that is refused, or null for a public one. */
    static String kind(InetAddress a) {
        byte[] b = a.getAddress();
        if (a instanceof Inet4Address) return kind4(b);
        if (a instanceof Inet6Address) {
            byte[] v4 = embeddedV4(b);
            if (v4 != null) return kind4(v4);
            if (a.isAnyLocalAddress()) return "unspecified";
            if (a.isLoopbackAddress()) return "loopback";
            if ((b[0] & 0xfe) == 0xfc) return "private (unique local)";
            if ((b[0] & 0xff) == 0xfe && (b[1] & 0xc0) == 0x80) return "link-local";
            if ((b[0] & 0xff) == 0xfe && (b[1] & 0xc0) == 0xc0) return "site-local";
            if ((b[0] & 0xff) == 0xff) return "multicast";
            return null;
        }
        return "unknown kind of";
    }

    private static String kind4(byte[] b) {
        int o1 = b[0] & 0xff, o2 = b[1] & 0xff;
        if (o1 == 0) return "0.0.0.0/8 (unspecified)";
        if (o1 == 127) return "loopback";
        if (o1 == 10 || o1 == 172 && (o2 & 0xf0) == 16 || o1 == 192 && o2 == 168) return "private";
        if (o1 == 100 && (o2 & 0xc0) == 64) return "shared (carrier-grade NAT)";
        if (o1 == 169 && o2 == 254) return "link-local (cloud metadata)";
        if (o1 >= 224 && o1 <= 239) return "multicast";
        if (o1 >= 240) return "reserved";
        return null;
    }

    /** The IPv4 address an IPv6 one carries (::ffff:a.b.c.d, ::a.b.c.d, 64:ff9b::a.b.c.d, 2002:AABB:CCDD::), or null. */
    private static byte[] embeddedV4(byte[] b) {
        boolean zero80 = allZero(b, 0, 10);
        if (zero80 && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) return Arrays.copyOfRange(b, 12, 16);
        if (zero80 && b[10] == 0 && b[11] == 0 && !allZero(b, 12, 15)) return Arrays.copyOfRange(b, 12, 16); // ::a.b.c.d, not :: or ::1
        if ((b[0] & 0xff) == 0x00 && (b[1] & 0xff) == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b && allZero(b, 4, 12)) {
            return Arrays.copyOfRange(b, 12, 16);
        }
        if ((b[0] & 0xff) == 0x20 && (b[1] & 0xff) == 0x02) return Arrays.copyOfRange(b, 2, 6);
        return null;
    }

    private static boolean allZero(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) if (b[i] != 0) return false;
        return true;
    }

    @Override
    public String toString() {
        return allowPrivate ? "UrlGuard[open]" : "UrlGuard[public" + (exceptions.isEmpty() ? "" : " + " + exceptions) + "]";
    }
}
