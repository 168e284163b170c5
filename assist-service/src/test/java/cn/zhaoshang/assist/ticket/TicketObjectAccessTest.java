package cn.zhaoshang.assist.ticket;

import cn.zhaoshang.assist.inbound.KnownProject;
import cn.zhaoshang.testsupport.KafkaProbe;
import cn.zhaoshang.testsupport.RealInfrastructure;
import cn.zhaoshang.testsupport.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static cn.zhaoshang.assist.ticket.TicketFixtures.TONGLING;
import static cn.zhaoshang.assist.ticket.TicketFixtures.knownProject;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/** Object-level rules of tickets (API1, API5): who can be handed a ticket, and tickets that follow their project. */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "assist_service"))
class TicketObjectAccessTest {

    private static final String OTHER_ENTERPRISE = "91320891MA1MTRN01G";

    @Test
    void aTicketIsHandedOnlyToSomeoneWhoMayWorkIt() {
        UUID projectId = knownProject("LAND_ACQUIRED");
        String id = TicketFixtures.submit(projectId, TestTokens.staff("zhang.wei", null), "POWER_LINE_RELOCATION", "NORMAL");
        String teamMember = TestTokens.staff("zhang.wei", null);
        // enterprise B's user, an unknown name, staff of another district: none may be handed enterprise A's ticket
        for (String outsider : new String[] {"trina.user", "nobody.at.all", "staff.of.lianshui"}) {
            given().auth().oauth2(teamMember).contentType("application/json").body(Map.of("assignee", outsider))
                    .post("/api/v1/tickets/" + id + "/assign").then().statusCode(400)
                    .body("violations[0].field", equalTo("assignee")).body("detail", containsString("专班"));
        }
        given().auth().oauth2(TestTokens.enterprise("trina.user", OTHER_ENTERPRISE)).get("/api/v1/tickets/" + id)
                .then().statusCode(404);
        // a member of the 专班, and district staff taking it on themselves
        given().auth().oauth2(teamMember).contentType("application/json").body(Map.of("assignee", "wang.jun"))
                .post("/api/v1/tickets/" + id + "/assign").then().statusCode(200).body("owner", equalTo("wang.jun"));
        String districtStaff = TestTokens.staff("sun.etdz", "etdz");
        given().auth().oauth2(districtStaff).contentType("application/json").body(Map.of("assignee", "sun.etdz"))
                .post("/api/v1/tickets/" + id + "/assign").then().statusCode(200).body("owner", equalTo("sun.etdz"));
        given().auth().oauth2(TestTokens.staff("qian.lianshui", "lianshui")).contentType("application/json")
                .body(Map.of("assignee", "qian.lianshui")).post("/api/v1/tickets/" + id + "/assign").then().statusCode(404);
    }

    /** Whoever takes a ticket is named in its events as they signed in (Keycloak's 「王军 -」 reads 王军). */
    @Test
    void theOwnerIsNamedAsTheySignedIn() throws Exception {
        UUID projectId = knownProject("LAND_ACQUIRED");
        String id = TicketFixtures.submit(projectId, TestTokens.enterprise("tl", TONGLING), "POWER_LINE_RELOCATION", "NORMAL");
        long now = System.currentTimeMillis() / 1000;
        com.fasterxml.jackson.databind.node.ObjectNode claims = new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode()
                .put("iss", TestTokens.ISSUER).put("aud", cn.zhaoshang.engines.DevTokens.AUDIENCE).put("sub", "wang.jun")
                .put("name", "王军 -").put("iat", now).put("exp", now + 600);
        claims.putArray("groups").add("staff");
        String named = TestTokens.issuer().sign(claims);
        given().auth().oauth2(named).post("/api/v1/tickets/" + id + "/accept").then().statusCode(200).body("owner", equalTo("wang.jun"));
        var accepted = KafkaProbe.await("assist.events", r -> r.value().contains("\"ticket.accepted\"") && r.value().contains(id), 1,
                Duration.ofSeconds(30));
        assertThat(TicketFixtures.read(accepted.get(0).value()).at("/data/ownerName").asText()).isEqualTo("王军");
    }

    /** A deadline counted in a year without an official arrangement says so (issue 15). */
    @Test
    void aTicketSaysWhetherItsDeadlinesRestOnTheOfficialCalendar() {
        UUID projectId = knownProject("LAND_ACQUIRED");
        String enterprise = TestTokens.enterprise("tl", TONGLING);
        given().auth().oauth2(TestTokens.admin()).contentType("application/json")
                .body(Map.of("priority", "NORMAL", "responseAmount", 1, "responseUnit", "WORKING_DAYS",
                        "resolutionAmount", 300, "resolutionUnit", "WORKING_DAYS", "warningRatio", 0.75))
                .put("/api/v1/sla-policies/ENVIRONMENTAL_REVIEW").then().statusCode(200);
        String longOne = TicketFixtures.submit(projectId, enterprise, "ENVIRONMENTAL_REVIEW", "NORMAL");
        given().auth().oauth2(enterprise).get("/api/v1/tickets/" + longOne).then().statusCode(200)
                .body("calendar", equalTo("PROVISIONAL")); // 300 working days reach into a year nobody has arranged yet
        String usual = TicketFixtures.submit(projectId, enterprise, "POWER_LINE_RELOCATION", "NORMAL");
        String due = given().auth().oauth2(enterprise).get("/api/v1/tickets/" + usual).then().statusCode(200)
                .extract().path("resolutionDueAt");
        boolean shippedYear = java.time.Instant.parse(due).atZone(java.time.ZoneId.of("Asia/Shanghai")).getYear() <= 2026;
        given().auth().oauth2(enterprise).get("/api/v1/tickets/" + usual).then()
                .body("calendar", equalTo(shippedYear ? "OFFICIAL" : "PROVISIONAL"));
    }

    @Test
    void whenAProjectMovesDistrictItsTicketsMoveWithIt() {
        UUID projectId = knownProject("LAND_ACQUIRED", "etdz");
        String id = TicketFixtures.submit(projectId, TestTokens.staff("zhang.wei", null), "POWER_LINE_RELOCATION", "NORMAL");
        String etdz = TestTokens.supervisor("zhou.etdz", "etdz");
        String lianshui = TestTokens.supervisor("zhou.lianshui", "lianshui");
        given().auth().oauth2(etdz).get("/api/v1/tickets/" + id).then().statusCode(200);
        given().auth().oauth2(etdz).queryParam("size", 100).queryParam("projectId", projectId).get("/api/v1/tickets")
                .then().statusCode(200).body("items.id", hasItem(id));

        KafkaProbe.send("project.events", projectId.toString(), """
                {"specversion":"1.0","id":"%s","source":"/project-service","type":"project.updated","subject":"%s",
                 "time":"2026-11-24T08:00:00Z","data":{"projectId":"%s","name":"通灵智能光伏接线盒项目","enterpriseCode":"%s",
                 "district":"lianshui","stage":"LAND_ACQUIRED","major":true,"version":2,
                 "team":{"chief":"li.na","leaderInCharge":"wang.jun","members":["zhang.wei"]}}}"""
                .formatted(UUID.randomUUID(), projectId, projectId, TONGLING));
        await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> "lianshui".equals(KnownProject.<KnownProject>findById(projectId).district)));

        // the old district neither reads it nor lists it; the new one does both
        given().auth().oauth2(etdz).get("/api/v1/tickets/" + id).then().statusCode(404);
        given().auth().oauth2(etdz).queryParam("size", 100).queryParam("projectId", projectId).get("/api/v1/tickets")
                .then().statusCode(200).body("items.id", not(hasItem(id)));
        given().auth().oauth2(lianshui).get("/api/v1/tickets/" + id).then().statusCode(200);
        given().auth().oauth2(lianshui).queryParam("size", 100).queryParam("projectId", projectId).get("/api/v1/tickets")
                .then().statusCode(200).body("items.id", hasItem(id));
    }

    @Test
    void aSupervisorIsCityWideOnlyWhenTheTokenSaysSo() {
        UUID projectId = knownProject("LAND_ACQUIRED", "etdz");
        String id = TicketFixtures.submit(projectId, TestTokens.staff("zhang.wei", null), "POWER_LINE_RELOCATION", "NORMAL");
        for (String blank : new String[] {null, "", "  "}) {
            String unscoped = TestTokens.supervisor("zhou.nowhere", blank);
            given().auth().oauth2(unscoped).get("/api/v1/tickets/" + id).then().statusCode(404);
            given().auth().oauth2(unscoped).queryParam("size", 100).get("/api/v1/tickets").then().statusCode(200)
                    .body("items.id", not(hasItem(id)));
            given().auth().oauth2(unscoped).get("/api/v1/stats/tickets").then().statusCode(200)
                    .body("total.opened", equalTo(0));
        }
        String city = TestTokens.supervisor("zhou.city", "*");
        given().auth().oauth2(city).get("/api/v1/tickets/" + id).then().statusCode(200);
        given().auth().oauth2(city).queryParam("size", 100).queryParam("projectId", projectId).get("/api/v1/tickets")
                .then().statusCode(200).body("items.id", hasItem(id));
    }
}
