package org.sitrep.store;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * Where a PostgreSQL store is: {@code postgresql://[user[:password]@]host[:port]/db[?param=value&…]} (libpq's URL
 * form) or the driver's own {@code jdbc:postgresql://…}. The password may instead come from PGPASSWORD, as for psql,
 * so it need not be on a command line; {@link #shown} never includes it (it is what messages and stats print).
 *
 * @param jdbc the driver's URL, without user and password
 * @param user the user, or null for the driver's default (the login name)
 * @param password the password, or null
 * @param shown the location as printed: the URL without its password
 */
public record PostgresUrl(String jdbc, String user, String password, String shown) {

    /** True when a --db value names a PostgreSQL store rather than a file. */
    public static boolean is(String location) {
        return location != null && (location.startsWith("postgresql://") || location.startsWith("postgres://")
                || location.startsWith("jdbc:postgresql://"));
    }

    public static PostgresUrl parse(String location) throws StoreException {
        String url = location.startsWith("jdbc:") ? location.substring(5) : location;
        URI u;
        try {
            u = new URI(url);
        } catch (java.net.URISyntaxException e) {
            throw new StoreException("not a PostgreSQL URL (postgresql://[user[:password]@]host[:port]/database): " + shown(location), e);
        }
        if (u.getHost() == null || u.getPath() == null || u.getPath().length() < 2) {
            throw new StoreException("a PostgreSQL URL needs a host and a database: postgresql://[user[:password]@]host[:port]/database, not " + shown(location));
        }
        String user = null, password = System.getenv("PGPASSWORD");
        if (u.getRawUserInfo() != null) {
            String[] p = u.getRawUserInfo().split(":", 2);
            user = decode(p[0]);
            if (p.length == 2) password = decode(p[1]);
        }
        String host = u.getHost().contains(":") && !u.getHost().startsWith("[") ? "[" + u.getHost() + "]" : u.getHost();
        String jdbc = "jdbc:postgresql://" + host + (u.getPort() > 0 ? ":" + u.getPort() : "") + u.getRawPath()
                + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery());
        String shownUser = user == null ? "" : user + "@";
        return new PostgresUrl(jdbc, user, password, "postgresql://" + shownUser + host + (u.getPort() > 0 ? ":" + u.getPort() : "") + u.getRawPath());
    }

    /**
     * The driver's connection properties: user and password when given; the application name shows in
     * pg_stat_activity; a batch of inserts (an article's entities, mentions, places, …) goes as one multi-row INSERT,
     * one round trip instead of one per row. Parameters in the URL take precedence.
     */
    public Properties properties() {
        Properties p = new Properties();
        p.setProperty("reWriteBatchedInserts", "true");
        if (user != null) p.setProperty("user", user);
        if (password != null) p.setProperty("password", password);
        p.setProperty("ApplicationName", "sitrep");
        return p;
    }

    private static String decode(String s) {
        return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    /** A --db value as it may be printed: a password in a URL replaced by ***, a path as it is. */
    public static String shown(String location) {
        return location.replaceFirst("//([^/@:]*):[^/@]*@", "//$1:***@");
    }
}
