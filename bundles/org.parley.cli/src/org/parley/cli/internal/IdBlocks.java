package org.parley.cli.internal;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Ids for bulk inserts, taken from the same sequences JPA uses and in the same way: the core schema's
 * sequences step by 50 (V1__core_tables.sql) and JPA's allocationSize is 50, so one value N reserves the ids
 * N-49..N for whoever drew it. Several values are drawn per statement to keep round trips rare, starting
 * with one and doubling, so that a small load does not leave a wide gap in the case numbers.
 */
final class IdBlocks {

    static final int BLOCK = 50;
    private static final int MAX_VALUES_PER_QUERY = 40;

    private final String sequence;
    private final Deque<Long> blockEnds = new ArrayDeque<>();
    private long next = 1;
    private long last = 0;
    private int valuesPerQuery = 1;

    IdBlocks(String sequence) {
        this.sequence = sequence;
    }

    /** The next free id; {@code connection} must be the current transaction's. */
    long next(Connection connection) throws SQLException {
        if (next > last) {
            if (blockEnds.isEmpty()) {
                for (long end : draw(connection, sequence, valuesPerQuery)) {
                    blockEnds.add(end);
                }
                valuesPerQuery = Math.min(MAX_VALUES_PER_QUERY, valuesPerQuery * 2);
            }
            last = blockEnds.poll();
            next = last - BLOCK + 1;
        }
        return next++;
    }

    /** Draws values until the sequence has passed {@code id}, so ids up to it are never handed out again. */
    static void moveBeyond(Connection connection, String sequence, long id) throws SQLException {
        long reached = 0;
        while (reached < id) {
            long wanted = Math.min(10_000, (id - reached) / BLOCK + 1);
            for (long v : draw(connection, sequence, (int) wanted)) {
                reached = Math.max(reached, v);
            }
        }
    }

    private static long[] draw(Connection connection, String sequence, int count) throws SQLException {
        String sql = isPostgreSql(connection)
                ? "SELECT nextval('" + sequence + "') FROM generate_series(1, " + count + ")"
                : "SELECT NEXT VALUE FOR " + sequence + " FROM SYSTEM_RANGE(1, " + count + ")";
        long[] values = new long[count];
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            int i = 0;
            while (rs.next()) {
                values[i++] = rs.getLong(1);
            }
            if (i != count) {
                throw new SQLException("sequence " + sequence + " returned " + i + " of " + count + " values");
            }
        }
        java.util.Arrays.sort(values);
        return values;
    }

    static boolean isPostgreSql(Connection connection) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        return meta.getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres");
    }
}
