package org.sitrep.watch;

import java.sql.Connection;
import java.sql.SQLException;

/** One unit of work on the watch tables: all of it committed, or none of it. */
final class Transaction {

    /** The work, which may fail with the driver's exception. */
    interface Work<T> {
        T run() throws SQLException;
    }

    private Transaction() {}

    /**
     * Runs {@code work} in a transaction on {@code c}. Any failure rolls it back: turning auto-commit back on would
     * otherwise commit the half that ran.
     */
    static <T> T run(Connection c, Work<T> work) throws SQLException {
        c.setAutoCommit(false);
        try {
            T result = work.run();
            c.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }
}
