package org.sitrep.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Small JDBC helpers of the read side: bound parameters only, and NULL kept apart from 0. */
final class Sql {

    private Sql() {}

    /** Whether the server still holds this connection (false after a restart or a terminated backend). */
    static boolean alive(Connection c) {
        try {
            return c.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    static PreparedStatement prepare(Connection c, String sql, List<Object> args) throws SQLException {
        PreparedStatement ps = c.prepareStatement(Dialect.of(c).sql(sql));
        RowWriter.bind(ps, args.toArray());
        return ps;
    }

    static long count(Connection c, String sql, List<Object> args) throws SQLException {
        try (PreparedStatement ps = prepare(c, sql, args); ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    /** The rows of a (value, count) query, in its order; NULL values are skipped. */
    static Map<String, Long> counts(Connection c, String sql, List<Object> args) throws SQLException {
        Map<String, Long> out = new LinkedHashMap<>();
        try (PreparedStatement ps = prepare(c, sql, args); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) if (rs.getString(1) != null) out.put(rs.getString(1), rs.getLong(2));
        }
        return out;
    }

    static List<Object> plus(List<Object> args, Object... more) {
        List<Object> out = new ArrayList<>(args);
        out.addAll(List.of(more));
        return out;
    }

    static Double dbl(ResultSet rs, int i) throws SQLException {
        double v = rs.getDouble(i);
        return rs.wasNull() ? null : v;
    }

    static Long lng(ResultSet rs, int i) throws SQLException {
        long v = rs.getLong(i);
        return rs.wasNull() ? null : v;
    }
}
