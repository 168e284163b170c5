package cn.zhaoshang.chassis.persistence;

import jakarta.persistence.EntityManager;
import org.hibernate.Session;

import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Many rows through one insert that skips conflicts ({@code on conflict do nothing}), sent to the database together
 * on the caller's transaction: one round trip, and a statement text that stays the same whatever the number of rows,
 * so it is prepared once per connection.
 */
public final class BatchInsert {

    private BatchInsert() {
    }

    /**
     * @param sql  the insert, with one {@code ?} per value of a row
     * @param rows the rows' values in the order of the placeholders; an {@link Instant} is written as UTC
     * @return for each row, in order, whether it was inserted (false: it conflicted with one already there)
     */
    public static boolean[] skippingConflicts(EntityManager entityManager, String sql, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return new boolean[0];
        }
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(sql)) {
                for (Object[] row : rows) {
                    for (int column = 0; column < row.length; column++) {
                        Object value = row[column];
                        insert.setObject(column + 1, value instanceof Instant instant ? instant.atOffset(ZoneOffset.UTC) : value);
                    }
                    insert.addBatch();
                }
                return inserted(insert.executeBatch());
            }
        });
    }

    private static boolean[] inserted(int[] counts) {
        boolean[] inserted = new boolean[counts.length];
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] == Statement.SUCCESS_NO_INFO) {
                // what the driver answers with reWriteBatchedInserts=true: a repeat could not be told from a new row
                throw new IllegalStateException("the JDBC driver does not count a batch's rows one by one");
            }
            inserted[i] = counts[i] == 1;
        }
        return inserted;
    }
}
