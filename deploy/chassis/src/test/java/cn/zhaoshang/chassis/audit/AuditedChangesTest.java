package cn.zhaoshang.chassis.audit;

import cn.zhaoshang.testsupport.RealInfrastructure;
import cn.zhaoshang.testsupport.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** An audited change and its audit entry commit together, in one PostgreSQL transaction, or neither does. */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "chassis"))
class AuditedChangesTest {

    @Inject
    DataSource dataSource;

    @Test
    void theEntryIsWrittenByTheTransactionThatWroteTheChange() throws Exception {
        String text = "kept " + UUID.randomUUID();
        String requestId = UUID.randomUUID().toString();
        String location = given().auth().oauth2(TestTokens.admin()).header("X-Request-Id", requestId)
                .contentType("application/json").body(Map.of("text", text))
                .post("/api/v1/test/notes").then().statusCode(201).extract().header("Location");
        String noteId = location.substring(location.lastIndexOf('/') + 1);

        // xmin is the id of the transaction that inserted a row: the same one for both
        String changedBy = single("select xmin::text from test_note where id = " + Long.parseLong(noteId));
        String auditedBy = single("select xmin::text || ' ' || status from audit_entry where method = 'POST'"
                + " and path = '/api/v1/test/notes' and request_id = '" + requestId + "'");
        assertThat(auditedBy).isEqualTo(changedBy + " 201");
    }

    @Test
    void aRefusedChangeLeavesNoRowAndItsRefusalIsAudited() throws Exception {
        String requestId = UUID.randomUUID().toString();
        given().auth().oauth2(TestTokens.admin()).header("X-Request-Id", requestId).contentType("application/json")
                .body(Map.of("text", "refuse")).post("/api/v1/test/notes").then().statusCode(409);

        assertThat(single("select count(*)::text from test_note where text = 'refuse'")).isEqualTo("0");
        assertThat(single("select string_agg(status::text, ',') from audit_entry where request_id = '" + requestId + "'"))
                .as("one entry, written on its own after the rollback").isEqualTo("409");
    }

    @Test
    void aChangeWhoseEntryCannotBeWrittenIsNotMade() throws Exception {
        String text = "unaudited " + UUID.randomUUID();
        execute("alter table audit_entry add constraint refuses_one_agent check (user_agent is distinct from 'audit-breaker')");
        try {
            int status = given().auth().oauth2(TestTokens.admin()).header("User-Agent", "audit-breaker")
                    .contentType("application/json").body(Map.of("text", text)).post("/api/v1/test/notes").statusCode();
            assertThat(status).isGreaterThanOrEqualTo(500);
        } finally {
            execute("alter table audit_entry drop constraint refuses_one_agent");
        }
        assertThat(single("select count(*)::text from test_note where text = '" + text + "'"))
                .as("the change went with its entry").isEqualTo("0");
    }

    private String single(String sql) throws Exception {
        try (Connection connection = dataSource.getConnection(); PreparedStatement query = connection.prepareStatement(sql);
             ResultSet result = query.executeQuery()) {
            assertThat(result.next()).as(sql).isTrue();
            return result.getString(1);
        }
    }

    private void execute(String sql) throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
