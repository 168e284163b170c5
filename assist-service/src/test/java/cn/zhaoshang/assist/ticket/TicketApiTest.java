package cn.zhaoshang.assist.ticket;

import cn.zhaoshang.testsupport.EventContract;
import cn.zhaoshang.testsupport.KafkaProbe;
import cn.zhaoshang.testsupport.RealInfrastructure;
import cn.zhaoshang.testsupport.TestTokens;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static cn.zhaoshang.assist.ticket.TicketFixtures.TONGLING;
import static cn.zhaoshang.assist.ticket.TicketFixtures.knownProject;
import static cn.zhaoshang.assist.ticket.TicketFixtures.read;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "assist_service"))
class TicketApiTest {

    private static String submit(UUID projectId, String token) {
        return given().auth().oauth2(token).contentType("application/json")
                .body(Map.of("projectId", projectId, "category", "POWER_LINE_RELOCATION", "priority", "URGENT",
                        "title", "杆线阻挡施工", "description", "场地内10kV杆线需迁移，影响开工", "blocksMilestone", "CONSTRUCTION_STARTED"))
                .post("/api/v1/tickets").then().statusCode(201)
                .body("status", equalTo("SUBMITTED")).body("categoryLabel", equalTo("杆线迁移"))
                .extract().path("id");
    }

    @Test
    void aPowerLineTicketGoesFromSubmissionToAConfirmedClosure() throws Exception {
        UUID projectId = knownProject("LAND_ACQUIRED");
        String enterprise = TestTokens.enterprise("tl", TONGLING);
        String member = TestTokens.staff("zhang.wei", null);
        String id = submit(projectId, enterprise);
        var ticket = given().auth().oauth2(enterprise).get("/api/v1/tickets/" + id).then().statusCode(200).extract().jsonPath();
        assertThat(Instant.parse(ticket.getString("responseDueAt"))).isAfter(Instant.parse(ticket.getString("submittedAt")));
        assertThat(Instant.parse(ticket.getString("resolutionDueAt"))).isAfterOrEqualTo(Instant.parse(ticket.getString("responseDueAt")));

        given().auth().oauth2(member).post("/api/v1/tickets/" + id + "/accept").then().statusCode(200)
                .body("status", equalTo("ACCEPTED")).body("owner", equalTo("zhang.wei"));
        given().auth().oauth2(TestTokens.staff("li.na", null)).post("/api/v1/tickets/" + id + "/accept").then().statusCode(409)
                .contentType("application/problem+json").body("allowedActions", hasItem("ASSIGN"));
        given().auth().oauth2(member).contentType("application/json").body(Map.of("body", "已联系供电公司", "internal", true))
                .post("/api/v1/tickets/" + id + "/comments").then().statusCode(201);
        given().auth().oauth2(member).contentType("application/json").body(Map.of("body", "供电公司今日上午到场"))
                .post("/api/v1/tickets/" + id + "/comments").then().statusCode(201).body("status", equalTo("IN_PROGRESS"));
        given().auth().oauth2(enterprise).contentType("application/json").body(Map.of("body", "x", "internal", true))
                .post("/api/v1/tickets/" + id + "/comments").then().statusCode(400);
        given().auth().oauth2(enterprise).post("/api/v1/tickets/" + id + "/accept").then().statusCode(403);
        given().auth().oauth2(member).contentType("application/json").body(Map.of("resolution", "中午前完成杆线迁移"))
                .post("/api/v1/tickets/" + id + "/resolve").then().statusCode(200).body("status", equalTo("RESOLVED"));
        given().auth().oauth2(member).contentType("application/json").body(Map.of("rating", 5))
                .post("/api/v1/tickets/" + id + "/confirm").then().statusCode(403);
        given().auth().oauth2(enterprise).contentType("application/json").body(Map.of("rating", 6))
                .post("/api/v1/tickets/" + id + "/confirm").then().statusCode(400);
        given().auth().oauth2(enterprise).contentType("application/json").body(Map.of("rating", 5, "comment", "上午报、中午办结"))
                .post("/api/v1/tickets/" + id + "/confirm").then().statusCode(200).body("status", equalTo("CLOSED")).body("rating", equalTo(5));
        given().auth().oauth2(enterprise).contentType("application/json").body(Map.of("reason", "x"))
                .post("/api/v1/tickets/" + id + "/reopen").then().statusCode(409);

        given().auth().oauth2(enterprise).get("/api/v1/tickets/" + id + "/timeline").then().statusCode(200)
                .body("action", equalTo(List.of("SUBMITTED", "ACCEPTED", "COMMENTED", "RESOLVED", "CONFIRMED")))
                .body("body", not(hasItem("已联系供电公司")));
        given().auth().oauth2(member).get("/api/v1/tickets/" + id + "/timeline").then()
                .body("action", hasItem("INTERNAL_NOTE"));

        List<ConsumerRecord<String, String>> events = KafkaProbe.await("assist.events", r -> r.value().contains(id), 5, Duration.ofSeconds(30));
        assertThat(events).extracting(ConsumerRecord::key).containsOnly(projectId.toString());
        events.forEach(r -> EventContract.assertConforms("assist.events", r.key(), r.value()));
        List<JsonNode> parsed = events.stream().map(r -> read(r.value())).toList();
        assertThat(parsed).extracting(e -> e.get("type").asText()).containsExactly(
                "ticket.submitted", "ticket.accepted", "ticket.commented", "ticket.resolved", "ticket.confirmed");
        JsonNode submitted = parsed.get(0);
        assertThat(submitted.get("subject").asText()).isEqualTo(id);
        assertThat(submitted.at("/data/enterpriseCode").asText()).isEqualTo(TONGLING);
        assertThat(submitted.at("/data/team/members").toString()).contains("zhang.wei");
        assertThat(submitted.at("/data/resolutionDueAt").asText()).isNotBlank();
    }

    @Test
    void anUnsatisfiedEnterpriseReopensAndAHandOverMovesOwnership() {
        UUID projectId = knownProject("LAND_ACQUIRED");
        String enterprise = TestTokens.enterprise("tl", TONGLING);
        String id = submit(projectId, TestTokens.staff("zhang.wei", null));
        given().auth().oauth2(TestTokens.staff("zhang.wei", null)).contentType("application/json")
                .body(Map.of("assignee", "li.na", "note", "请项目长协调供电公司"))
                .post("/api/v1/tickets/" + id + "/assign").then().statusCode(200).body("owner", equalTo("li.na"))
                .body("status", equalTo("ACCEPTED"));
        given().auth().oauth2(TestTokens.staff("li.na", null)).contentType("application/json").body(Map.of("resolution", "已迁移"))
                .post("/api/v1/tickets/" + id + "/resolve").then().statusCode(200);
        given().auth().oauth2(enterprise).contentType("application/json").body(Map.of("reason", "杆线仍在红线内"))
                .post("/api/v1/tickets/" + id + "/reopen").then().statusCode(200).body("status", equalTo("REOPENED"));
        given().auth().oauth2(enterprise).get("/api/v1/tickets/" + id + "/timeline").then()
                .body("body", hasItem(containsString("杆线仍在红线内")));
    }

    @Test
    void aWaitOnTheDepartmentStopsTheClockAndIsShown() {
        UUID projectId = knownProject("LAND_ACQUIRED");
        String member = TestTokens.staff("zhang.wei", null);
        String id = submit(projectId, TestTokens.enterprise("tl", TONGLING));
        given().auth().oauth2(member).post("/api/v1/tickets/" + id + "/accept").then().statusCode(200);
        given().auth().oauth2(member).contentType("application/json").body(Map.of("waitingOn", "DEPARTMENT", "reason", "x"))
                .post("/api/v1/tickets/" + id + "/pause").then().statusCode(400);
        String due = given().auth().oauth2(member).contentType("application/json")
                .body(Map.of("waitingOn", "DEPARTMENT", "department", "国网淮安供电公司", "reason", "等待停电窗口"))
                .post("/api/v1/tickets/" + id + "/pause").then().statusCode(200)
                .body("paused", equalTo(true)).body("waitingDepartment", equalTo("国网淮安供电公司"))
                .body("status", equalTo("IN_PROGRESS")).extract().path("resolutionDueAt");
        given().auth().oauth2(member).contentType("application/json").body(Map.of("resolution", "x"))
                .post("/api/v1/tickets/" + id + "/resolve").then().statusCode(409).body("allowedActions", hasItem("RESUME"));
        given().auth().oauth2(member).post("/api/v1/tickets/" + id + "/resume").then().statusCode(200)
                .body("paused", equalTo(false))
                .body("resolutionDueAt", org.hamcrest.Matchers.greaterThanOrEqualTo(due));
        given().auth().oauth2(member).post("/api/v1/tickets/" + id + "/resume").then().statusCode(409);
        given().auth().oauth2(member).get("/api/v1/tickets/" + id + "/timeline").then()
                .body("action", hasItem("PAUSED")).body("action", hasItem("RESUMED"));
    }

    @Test
    void onlyItsOwnEnterpriseAndTheProjectsPeopleReachATicket() {
        UUID projectId = knownProject("LAND_ACQUIRED");
        String id = submit(projectId, TestTokens.enterprise("tl", TONGLING));
        String other = TestTokens.enterprise("x", "91320891MA1MTRN01G");
        given().auth().oauth2(other).get("/api/v1/tickets/" + id).then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(other).contentType("application/json")
                .body(Map.of("projectId", projectId, "category", "LAND", "title", "t", "description", "d"))
                .post("/api/v1/tickets").then().statusCode(404);
        given().auth().oauth2(TestTokens.staff("someone.else", "lianshui")).get("/api/v1/tickets/" + id).then().statusCode(404);
        given().auth().oauth2(TestTokens.supervisor("wang.jun", "etdz")).get("/api/v1/tickets/" + id).then().statusCode(200);
        given().auth().oauth2(TestTokens.supervisor("wang.jun", "etdz")).contentType("application/json")
                .body(Map.of("projectId", projectId, "category", "LAND", "title", "t", "description", "d"))
                .post("/api/v1/tickets").then().statusCode(403);
        given().auth().oauth2(TestTokens.enterprise("tl", TONGLING)).queryParam("projectId", projectId).get("/api/v1/tickets")
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].id", equalTo(id));
        given().auth().oauth2(other).queryParam("projectId", projectId).get("/api/v1/tickets").then().body("total", equalTo(0));
        given().auth().oauth2(TestTokens.staff("zhang.wei", null)).queryParam("projectId", projectId)
                .queryParam("status", "SUBMITTED").queryParam("category", "POWER_LINE_RELOCATION").queryParam("overdue", false)
                .get("/api/v1/tickets").then().body("total", equalTo(1));
        given().auth().oauth2(TestTokens.staff("someone.else", "lianshui")).queryParam("projectId", projectId)
                .get("/api/v1/tickets").then().body("total", equalTo(0));
        given().auth().oauth2(TestTokens.admin()).queryParam("size", 10000).get("/api/v1/tickets").then().body("size", equalTo(100));
        given().auth().oauth2(TestTokens.admin()).queryParam("status", "LOST").get("/api/v1/tickets").then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void badOrImpossibleSubmissionsAreRefusedClearly() {
        String enterprise = TestTokens.enterprise("tl", TONGLING);
        given().auth().oauth2(enterprise).contentType("application/json")
                .body(Map.of("projectId", UUID.randomUUID(), "category", "LAND", "title", "t", "description", "d"))
                .post("/api/v1/tickets").then().statusCode(422).contentType("application/problem+json");
        given().auth().oauth2(enterprise).contentType("application/json")
                .body(Map.of("category", "TELEPORT", "title", "", "blocksMilestone", "MOON"))
                .post("/api/v1/tickets").then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(enterprise).contentType("application/json")
                .body(Map.of("projectId", UUID.randomUUID(), "title", "", "blocksMilestone", "MOON"))
                .post("/api/v1/tickets").then().statusCode(400)
                .body("violations.field", hasItem(containsString("title")))
                .body("violations.field", hasItem(containsString("category")))
                .body("violations.field", hasItem(containsString("blocksMilestone")));
        UUID terminated = knownProject("TERMINATED");
        given().auth().oauth2(enterprise).contentType("application/json")
                .body(Map.of("projectId", terminated, "category", "LAND", "title", "t", "description", "d"))
                .post("/api/v1/tickets").then().statusCode(422).body("detail", containsString("terminated"));
    }
    @Test
    void aTitleNobodyCanReadIsRefusedAndNothingIsStored() {
        UUID projectId = knownProject("LAND_ACQUIRED");
        String enterprise = TestTokens.enterprise("tl", TONGLING);
        long before = given().auth().oauth2(TestTokens.admin()).get("/api/v1/tickets").then().extract().jsonPath().getLong("total");
        // only zero-width and direction marks: nothing to read
        given().auth().oauth2(enterprise).contentType("application/json")
                .body("{\"projectId\":\"" + projectId + "\",\"category\":\"LAND\",\"title\":\"\\u200b\\u200e\\u200f\","
                        + "\"description\":\"x\"}")
                .post("/api/v1/tickets").then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("title"));
        // a lone surrogate is no character; PostgreSQL would have kept it as '?'
        given().auth().oauth2(enterprise).contentType("application/json")
                .body("{\"projectId\":\"" + projectId + "\",\"category\":\"LAND\",\"title\":\"杆线\\ud800\","
                        + "\"description\":\"x\"}")
                .post("/api/v1/tickets").then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("title"));
        given().auth().oauth2(TestTokens.admin()).get("/api/v1/tickets").then().body("total", equalTo((int) before));
    }

    @Test
    void aQueryValueTheServiceCannotReadIsABadRequestNamingTheParameter() {
        String staff = TestTokens.staff("zhang.wei", "etdz");
        for (Map.Entry<String, String> bad : Map.of("size", "abc", "page", "2147483648", "status", "NOPE",
                "projectId", "not-an-id").entrySet()) {
            given().auth().oauth2(staff).queryParam(bad.getKey(), bad.getValue()).get("/api/v1/tickets").then()
                    .statusCode(400).contentType("application/problem+json")
                    .body("violations[0].field", equalTo(bad.getKey())).body("violations[0].in", equalTo("query"));
        }
        given().auth().oauth2(staff).get("/api/v1/tickets/" + UUID.randomUUID()).then().statusCode(404);
        given().auth().oauth2(staff).get("/api/v1/no-such-thing").then().statusCode(404).contentType("application/problem+json");
    }

}
