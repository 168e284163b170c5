package cn.zhaoshang.assist.audit;

import cn.zhaoshang.testsupport.AuditTrailChecks;
import cn.zhaoshang.testsupport.RealInfrastructure;
import cn.zhaoshang.testsupport.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import javax.sql.DataSource;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static cn.zhaoshang.assist.ticket.TicketFixtures.TONGLING;
import static cn.zhaoshang.assist.ticket.TicketFixtures.knownProject;
import static cn.zhaoshang.assist.ticket.TicketFixtures.submit;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "assist_service"))
class AuditTrailTest {

    @Inject
    DataSource dataSource;

    @Test
    void everyStateChangingCallIsRecordedWithWhoWhatWhenAndWhereAllowedOrRefused() {
        UUID projectId = knownProject("LAND_ACQUIRED");
        String enterprise = TestTokens.enterprise("tl.audit", TONGLING);
        String id = submit(projectId, enterprise, "POWER_LINE_RELOCATION", "URGENT");
        given().auth().oauth2(enterprise).post("/api/v1/tickets/" + id + "/accept").then().statusCode(403);
        given().auth().oauth2("not-a-token").header("X-Forwarded-For", "203.0.113.7")
                .post("/api/v1/tickets/" + id + "/accept").then().statusCode(401);
        given().auth().oauth2(enterprise).get("/api/v1/tickets/" + id).then().statusCode(200);

        JsonPath byEnterprise = given().auth().oauth2(TestTokens.admin()).queryParam("actor", "tl.audit")
                .get("/api/v1/audit").then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> entries = byEnterprise.getList("items");
        assertThat(entries).extracting(e -> e.get("method") + " " + e.get("path") + " " + e.get("status"))
                .containsExactly("POST /api/v1/tickets/" + id + "/accept 403", "POST /api/v1/tickets 201");
        Map<String, Object> submitted = entries.get(1);
        assertThat(submitted).containsEntry("enterprise", TONGLING).containsEntry("roles", List.of("enterprise"));
        assertThat((String) submitted.get("remoteAddress")).isNotBlank();
        assertThat((String) submitted.get("requestId")).isNotBlank();
        assertThat((String) submitted.get("at")).isNotBlank();

        List<Map<String, Object>> anonymous = given().auth().oauth2(TestTokens.admin()).queryParam("actor", "anonymous")
                .get("/api/v1/audit").then().statusCode(200).extract().jsonPath().getList("items");
        assertThat(anonymous).anySatisfy(e -> assertThat(e).containsEntry("path", "/api/v1/tickets/" + id + "/accept")
                .containsEntry("status", 401).containsEntry("forwardedFor", "203.0.113.7"));
        // after the first, refused anonymous calls from this address are counted, not listed (here: the next minute)
        AuditTrailChecks.assertAnonymousRefusalsAreCountedNotListed("/api/v1/tickets");
    }

    @Test
    void onlyAnAdminReadsTheTrailAndNobodyCanChangeIt() {
        given().auth().oauth2(TestTokens.enterprise("tl", TONGLING)).get("/api/v1/audit").then().statusCode(403);
        given().auth().oauth2(TestTokens.supervisor("zhou.min", "etdz")).get("/api/v1/audit").then().statusCode(403);
        given().get("/api/v1/audit").then().statusCode(401);
        for (String method : List.of("POST", "PUT", "PATCH", "DELETE")) {
            given().auth().oauth2(TestTokens.admin()).contentType("application/json").body("{}")
                    .request(method, "/api/v1/audit").then().statusCode(405);
        }
        given().auth().oauth2(TestTokens.admin()).queryParam("from", "yesterday").get("/api/v1/audit").then().statusCode(400)
                .contentType("application/problem+json");

        long entries = given().auth().oauth2(TestTokens.admin()).get("/api/v1/audit").then().statusCode(200)
                .extract().jsonPath().getLong("total");
        assertThat(entries).isPositive();
        AuditTrailChecks.assertAppendOnly(dataSource);
    }
}
