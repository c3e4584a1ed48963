package org.sitrep.store;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * A real, throwaway PostgreSQL server for tests: the newest {@code /usr/lib/postgresql/VERSION/bin} of this machine
 * (Debian's {@code postgresql} package; {@code ./run-tests} installs it when it may), initialised in a temporary
 * folder, listening on a free 127.0.0.1 port with its socket in that folder, without fsync (a test database need
 * not survive a power cut), started once per JVM and stopped (its folder deleted) when the JVM exits. PostgreSQL
 * refuses to run as root, so as root it runs as the {@code postgres} user through runuser. Each test class takes a
 * database of its own ({@link #database}).
 *
 * <p>Without PostgreSQL binaries the tests that need them fail, saying how to install them, unless
 * {@code -Dsitrep.postgres=off} is given (what {@code ./run-tests} passes when it could not install them): then they
 * are skipped. Reusable by other modules through sitrep's test jar.
 */
public final class PostgresServer {

    private static final String SUPERUSER = "sitrep";
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static PostgresServer running;

    private final Path dir;
    private final Path bin;
    private final int port;

    private PostgresServer(Path dir, Path bin, int port) {
        this.dir = dir;
        this.bin = bin;
        this.port = port;
    }

    /** True unless {@code -Dsitrep.postgres=off}. */
    public static boolean enabled() {
        return !"off".equalsIgnoreCase(System.getProperty("sitrep.postgres", "on"));
    }

    /**
     * The server of this JVM, started on first use. Skips the calling test when PostgreSQL tests are switched off;
     * fails it when they are on and no PostgreSQL is installed.
     */
    public static synchronized PostgresServer get() {
        Assumptions.assumeTrue(enabled(), "PostgreSQL tests switched off (-Dsitrep.postgres=off)");
        if (running == null) {
            Path bin = binaries();
            if (bin == null) {
                throw new IllegalStateException("no PostgreSQL server binaries in /usr/lib/postgresql/*/bin: install Debian's postgresql "
                        + "(apt-get install -y postgresql; ./run-tests does so as root), or run with -Dsitrep.postgres=off to switch these tests off");
            }
            try {
                running = start(bin);
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException("cannot start PostgreSQL from " + bin + ": " + e.getMessage(), e);
            }
        }
        return running;
    }

    /**
     * A new, empty database for one test class (or one test); its URL in sitrep's {@code postgresql://} form. It has
     * PostGIS when the server offers it (copied from template1, which is faster than a CREATE EXTENSION per database).
     */
    public String database(String purpose) {
        return database(purpose, false);
    }

    /** The same; {@code bare}: without PostGIS even where the server offers it (sitrep's store then creates it itself). */
    public String database(String purpose, boolean bare) {
        String name = purpose.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_") + "_" + DATABASES.incrementAndGet();
        try (Connection c = DriverManager.getConnection(jdbc("postgres"), SUPERUSER, ""); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name + (bare ? " TEMPLATE template0" : "")); // a name made of [a-z0-9_] above, never input
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + name + ": " + e.getMessage(), e);
        }
        return "postgresql://" + SUPERUSER + "@127.0.0.1:" + port + "/" + name;
    }

    /**
     * A new database owned by {@code role}, an ordinary user (made on first use) who may not create extensions: what
     * sitrep sees on a server where an administrator gave it a database and nothing more.
     */
    public String databaseOf(String role, String purpose) {
        if (!role.matches("[a-z][a-z0-9_]*")) throw new IllegalArgumentException("a role name of [a-z0-9_], not " + role);
        String name = purpose.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_") + "_" + DATABASES.incrementAndGet();
        try (Connection c = DriverManager.getConnection(jdbc("postgres"), SUPERUSER, ""); Statement s = c.createStatement()) {
            s.execute("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '" + role + "') THEN CREATE ROLE " + role + " LOGIN; END IF; END $$");
            s.execute("CREATE DATABASE " + name + " OWNER " + role + " TEMPLATE template0");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + name + " of " + role + ": " + e.getMessage(), e);
        }
        return "postgresql://" + role + "@127.0.0.1:" + port + "/" + name;
    }

    /** The driver's URL of a database of this server (user {@value #SUPERUSER}, no password: trust on loopback). */
    public String jdbc(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    public int port() { return port; }

    /** The newest installed server's bin folder, or null. */
    static Path binaries() {
        Path root = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(root)) return null;
        try (Stream<Path> versions = Files.list(root)) {
            return versions.map(v -> v.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("postgres")) && Files.isExecutable(b.resolve("initdb")))
                    .max(Comparator.comparingDouble(PostgresServer::version)).orElse(null);
        } catch (IOException e) {
            return null;
        }
    }

    private static double version(Path bin) {
        try {
            return Double.parseDouble(bin.getParent().getFileName().toString());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static PostgresServer start(Path bin) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("sitrep-postgres-");
        Path data = dir.resolve("data");
        boolean root = "root".equals(System.getProperty("user.name"));
        if (root) run(dir, List.of("chown", "postgres:postgres", dir.toString()));
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        // UTF-8 with a UTF-8 ctype: sitrep_key's lower() and normalize() need both; the store's columns are COLLATE "C" anyway
        run(dir, as(root, bin.resolve("initdb").toString(), "-D", data.toString(), "-U", SUPERUSER, "--auth=trust", "-E", "UTF8",
                "--locale=C.UTF-8", "--no-sync"));
        String options = "-p " + port + " -h 127.0.0.1 -k " + dir + " -c fsync=off -c synchronous_commit=off -c full_page_writes=off";
        run(dir, as(root, bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-l", dir.resolve("log").toString(), "-o", options, "-w", "start"));
        PostgresServer server = new PostgresServer(dir, bin, port);
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        try (Connection c = DriverManager.getConnection(server.jdbc("template1"), SUPERUSER, ""); Statement s = c.createStatement();
             java.sql.ResultSet rs = s.executeQuery("SELECT 1 FROM pg_available_extensions WHERE name = 'postgis'")) {
            if (rs.next()) s.execute("CREATE EXTENSION postgis");
        } catch (SQLException e) {
            throw new IOException("cannot prepare template1: " + e.getMessage(), e);
        }
        return server;
    }

    private void stop() {
        try {
            run(dir, as("root".equals(System.getProperty("user.name")), bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(),
                    "-m", "immediate", "-w", "stop"));
        } catch (IOException | InterruptedException e) { // the JVM is exiting: the folder is removed below anyway
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) { // a temporary folder left behind is harmless
        }
    }

    private static List<String> as(boolean root, String... command) {
        List<String> out = new ArrayList<>();
        if (root) out.addAll(List.of("runuser", "-u", "postgres", "--"));
        out.addAll(List.of(command));
        return out;
    }

    private static void run(Path dir, List<String> command) throws IOException, InterruptedException {
        Path log = dir.resolve("command.log");
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException(String.join(" ", command) + " did not finish in 120 s");
        }
        if (p.exitValue() != 0) {
            String tail = Files.exists(log) ? Files.readString(log) : "";
            throw new IOException(String.join(" ", command) + " failed (exit " + p.exitValue() + "): " + tail.substring(Math.max(0, tail.length() - 2000)));
        }
    }
}
