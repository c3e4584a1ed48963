package org.sitrep.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Opens the store in one SQLite file. WAL journal with synchronous=NORMAL: a killed process loses at most the
 * transaction it was writing, never a committed one, and readers (search) do not block the writer.
 */
final class SqliteStore {

    private SqliteStore() {}

    static SqlStore open(Path file, Provenance provenance) throws StoreException {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) Files.createDirectories(parent);
        } catch (IOException e) {
            throw new StoreException("cannot create the folder of " + file + ": " + e.getMessage(), e);
        }
        try {
            Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA busy_timeout=30000");
                s.execute("PRAGMA journal_mode=WAL");
                s.execute("PRAGMA synchronous=NORMAL");
                s.execute("PRAGMA foreign_keys=ON");
                c.setAutoCommit(false);
                for (String ddl : Schema.DDL) s.execute(ddl);
                int version = schemaVersion(c);
                if (version > Schema.VERSION) {
                    c.close();
                    throw new StoreException(file + " was written by a newer sitrep (store schema " + version + "; this one reads " + Schema.VERSION + ")");
                }
                Schema.migrate(c, version);
                s.execute("INSERT OR IGNORE INTO meta(key,value) VALUES('schema_version','" + Schema.VERSION + "')");
                c.commit();
            }
            return new SqlStore(file, file.toString(), c, provenance);
        } catch (SQLException e) {
            throw new StoreException("cannot open the store " + file + ": " + e.getMessage(), e);
        }
    }

    private static int schemaVersion(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT value FROM meta WHERE key='schema_version'")) {
            return rs.next() ? Integer.parseInt(rs.getString(1)) : Schema.VERSION;
        }
    }
}
