package cn.zhaoshang.testsupport;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/** What every service's audit trail must hold to: the table refuses every change, whoever asks. */
public final class AuditTrailChecks {

    private AuditTrailChecks() {
    }

    /** Tries UPDATE, DELETE and TRUNCATE on {@code audit_entry} as the service's own database user; each must fail. */
    public static void assertAppendOnly(DataSource dataSource) {
        for (String change : List.of("update audit_entry set actor = 'someone-else'", "delete from audit_entry",
                "truncate audit_entry")) {
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
                statement.execute(change);
                throw new AssertionError("the audit trail took '" + change + "'");
            } catch (SQLException refused) {
                if (!String.valueOf(refused.getMessage()).contains("append-only")) {
                    throw new AssertionError("'" + change + "' failed, but not because the trail is append-only", refused);
                }
            }
        }
    }
}
