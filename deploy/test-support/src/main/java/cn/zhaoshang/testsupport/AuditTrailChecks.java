package cn.zhaoshang.testsupport;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;

/** What every service's audit trail must hold to: admins read it, nobody changes it, the table refuses every change. */
public final class AuditTrailChecks {

    private AuditTrailChecks() {
    }

    /** One actor's entries, newest first, as an admin reads them at {@code /api/v1/audit}. */
    public static List<Map<String, Object>> entriesOf(String actor) {
        return given().auth().oauth2(TestTokens.admin()).queryParam("actor", actor)
                .get("/api/v1/audit").then().statusCode(200).extract().jsonPath().getList("items");
    }

    /**
     * Many anonymous calls refused (401) from one address add at most one entry a minute: {@code path} is any
     * state-changing API path of the service.
     */
    public static void assertAnonymousRefusalsAreCountedNotListed(String path) {
        long before = countOf("anonymous");
        for (int i = 0; i < 30; i++) {
            given().contentType("application/json").body("{}").post(path).then().statusCode(401);
        }
        long added = countOf("anonymous") - before;
        if (added > 1) {
            throw new AssertionError("30 refused anonymous calls wrote " + added + " audit entries");
        }
    }

    private static boolean hasRows(DataSource dataSource, String table) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             java.sql.ResultSet rows = statement.executeQuery("select exists (select 1 from " + table + ")")) {
            rows.next();
            return rows.getBoolean(1);
        } catch (SQLException e) {
            throw new AssertionError("cannot read " + table, e);
        }
    }

    private static long countOf(String actor) {
        return given().auth().oauth2(TestTokens.admin()).queryParam("actor", actor).queryParam("size", 1)
                .get("/api/v1/audit").then().statusCode(200).extract().jsonPath().getLong("total");
    }

    /** Staff may not read the trail (403), and the API has no way to change it (405). */
    public static void assertOnlyAdminsReadIt() {
        given().auth().oauth2(TestTokens.staff("li.na", "etdz")).get("/api/v1/audit").then().statusCode(403);
        given().auth().oauth2(TestTokens.admin()).contentType("application/json").body("{}")
                .delete("/api/v1/audit").then().statusCode(405);
    }

    /**
     * Tries UPDATE, DELETE and TRUNCATE on {@code audit_entry} and on each of its monthly partitions, as the
     * service's own database user; each must fail.
     */
    public static void assertAppendOnly(DataSource dataSource) {
        List<String> tables = new java.util.ArrayList<>(List.of("audit_entry"));
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             java.sql.ResultSet partitions = statement.executeQuery(
                     "select inhrelid::regclass::text from pg_inherits where inhparent = 'audit_entry'::regclass")) {
            while (partitions.next()) {
                tables.add(partitions.getString(1));
            }
        } catch (SQLException e) {
            throw new AssertionError("cannot list the audit trail's partitions", e);
        }
        if (tables.size() < 3) {
            throw new AssertionError("the audit trail is not kept by month: " + tables);
        }
        // a row trigger fires only on rows: UPDATE and DELETE are tried where there are some, TRUNCATE everywhere
        List<String> changes = new java.util.ArrayList<>();
        for (String table : tables) {
            if (hasRows(dataSource, table)) {
                changes.addAll(List.of("update " + table + " set actor = 'someone-else'", "delete from " + table));
            }
            changes.add("truncate " + table);
        }
        for (String change : changes) {
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
