package cn.zhaoshang.chassis.persistence;

import java.sql.Statement;

/** What a JDBC batch of inserts that skip conflicts ({@code on conflict do nothing}) wrote, row by row. */
public final class BatchCounts {

    private BatchCounts() {
    }

    /** @return for each row of the batch, whether it was inserted (false: it conflicted with one already there) */
    public static boolean[] inserted(int[] counts) {
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
