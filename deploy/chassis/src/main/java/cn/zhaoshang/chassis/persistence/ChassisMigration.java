package cn.zhaoshang.chassis.persistence;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Statement;
import java.util.zip.CRC32;

/**
 * A migration of the tables the chassis owns in every service's database, written once as a script beside the class
 * that names it; each service runs it under its own next version ({@code db.migration.V<n>__…}). Its checksum is the
 * script's, so a changed script shows up in Flyway's validation like a changed SQL file would.
 */
public abstract class ChassisMigration extends BaseJavaMigration {

    private final Class<?> owner;
    private final String script;

    /** @param owner the class the script lies beside; @param script its file name */
    protected ChassisMigration(Class<?> owner, String script) {
        this.owner = owner;
        this.script = script;
    }

    @Override
    public Integer getChecksum() {
        CRC32 crc = new CRC32();
        crc.update(text().getBytes(StandardCharsets.UTF_8));
        return (int) crc.getValue();
    }

    @Override
    public void migrate(Context context) throws Exception {
        try (Statement statement = context.getConnection().createStatement()) {
            statement.execute(text());
        }
    }

    private String text() {
        try (InputStream in = owner.getResourceAsStream(script)) {
            if (in == null) {
                throw new IllegalStateException(script + " is missing from the chassis");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
