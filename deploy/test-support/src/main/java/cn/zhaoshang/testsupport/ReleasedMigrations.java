package cn.zhaoshang.testsupport;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

/**
 * Migrations that have been released are never edited: a database created by an earlier version upgrades by
 * running only the new ones, and Flyway's validation on start would refuse a changed checksum. A service's
 * test pins the checksums of its released migrations and compares them with what Flyway recorded.
 */
public final class ReleasedMigrations {

    private ReleasedMigrations() {
    }

    /** @param released version → the checksum Flyway recorded when that version was released */
    public static void assertUnchanged(DataSource dataSource, Map<String, Integer> released) {
        Map<String, Integer> applied = new HashMap<>();
        try (Connection connection = dataSource.getConnection(); Statement query = connection.createStatement();
             ResultSet rows = query.executeQuery("select version, checksum from flyway_schema_history where success and version is not null")) {
            while (rows.next()) {
                applied.put(rows.getString(1), rows.getInt(2));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read flyway_schema_history", e);
        }
        released.forEach((version, checksum) -> {
            if (!applied.containsKey(version)) {
                throw new AssertionError("released migration V" + version + " is gone");
            }
            if (!applied.get(version).equals(checksum)) {
                throw new AssertionError("released migration V" + version + " was edited (checksum " + applied.get(version)
                        + ", released as " + checksum + "): add a new migration instead");
            }
        });
    }
}
