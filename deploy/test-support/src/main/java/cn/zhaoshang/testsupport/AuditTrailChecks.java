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

    /** Staff may not read the trail (403), and the API has no way to change it (405). */
    public static void assertOnlyAdminsReadIt() {
        given().auth().oauth2(TestTokens.staff("li.na", "etdz")).get("/api/v1/audit").then().statusCode(403);
        given().auth().oauth2(TestTokens.admin()).contentType("application/json").body("{}")
                .delete("/api/v1/audit").then().statusCode(405);
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
