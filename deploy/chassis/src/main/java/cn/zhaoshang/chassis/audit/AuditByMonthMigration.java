package cn.zhaoshang.chassis.audit;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Statement;
import java.util.zip.CRC32;

/**
 * The migration that keeps the audit trail by month ({@code audit_by_month.sql} beside this class), written once
 * for every service: each service names it under its own next version ({@code db.migration.V<n>__audit_by_month}).
 * Its checksum is the script's, so a changed script shows up in Flyway's validation like a changed SQL file would.
 */
public abstract class AuditByMonthMigration extends BaseJavaMigration {

    private static final String SCRIPT = "audit_by_month.sql";

    @Override
    public Integer getChecksum() {
        CRC32 crc = new CRC32();
        crc.update(script().getBytes(StandardCharsets.UTF_8));
        return (int) crc.getValue();
    }

    @Override
    public void migrate(Context context) throws Exception {
        try (Statement statement = context.getConnection().createStatement()) {
            statement.execute(script());
        }
    }

    private static String script() {
        try (InputStream in = AuditByMonthMigration.class.getResourceAsStream(SCRIPT)) {
            if (in == null) {
                throw new IllegalStateException(SCRIPT + " is missing from the chassis");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
