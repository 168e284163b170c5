package cn.zhaoshang.assist.ticket.escalation;

import cn.zhaoshang.assist.ProjectServiceStandIn;
import cn.zhaoshang.testsupport.RealInfrastructure;
import cn.zhaoshang.testsupport.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import static cn.zhaoshang.assist.ticket.TicketFixtures.TONGLING;
import static cn.zhaoshang.assist.ticket.TicketFixtures.knownProject;
import static cn.zhaoshang.assist.ticket.TicketFixtures.submit;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "assist_service"))
@QuarkusTestResource(ProjectServiceStandIn.class)
class EscalationApiTest {

    private static void escalate(String id, String token, int status) {
        given().auth().oauth2(token).contentType("application/json").body(Map.of("reason", "供电公司迟迟未排期"))
                .post("/api/v1/tickets/" + id + "/escalate").then().statusCode(status);
    }

    @Test
    void aStuckTicketClimbsTheLadderToSupervisionAndNoFurther() {
        UUID projectId = knownProject("LAND_ACQUIRED");
        String id = submit(projectId, TestTokens.enterprise("tl", TONGLING), "POWER_LINE_RELOCATION", "NORMAL");
        String due = given().auth().oauth2(TestTokens.admin()).get("/api/v1/tickets/" + id).then().extract().path("resolutionDueAt");
        String supervisor = TestTokens.supervisor("sup.etdz", "etdz");

        escalate(id, TestTokens.enterprise("tl", TONGLING), 403);
        escalate(id, TestTokens.staff("zhang.wei", null), 200);
        escalate(id, supervisor, 200);
        escalate(id, supervisor, 200);
        given().auth().oauth2(supervisor).contentType("application/json").body(Map.of("reason", "再次升级"))
                .post("/api/v1/tickets/" + id + "/escalate").then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("督查"));
        escalate(id, TestTokens.supervisor("sup.other", "hightech"), 404);

        given().auth().oauth2(supervisor).get("/api/v1/tickets/" + id).then()
                .body("escalationLevel", equalTo(3)).body("escalatedToLabel", equalTo("督查"))
                .body("resolutionDueAt", greaterThan(due));
        given().auth().oauth2(TestTokens.enterprise("tl", TONGLING)).get("/api/v1/tickets/" + id + "/timeline").then()
                .body("body", hasItems("升级至项目长：供电公司迟迟未排期", "升级至督查：供电公司迟迟未排期"));
    }

    @Test
    void aJointMeetingIsScheduledAndItsDecisionRecorded() {
        UUID projectId = knownProject("LAND_ACQUIRED");
        String id = submit(projectId, TestTokens.enterprise("tl", TONGLING), "POWER_LINE_RELOCATION", "NORMAL");
        String supervisor = TestTokens.supervisor("sup.etdz", "etdz");
        given().auth().oauth2(supervisor).contentType("application/json").body(Map.of("decision", "供电公司本周内迁移"))
                .post("/api/v1/tickets/" + id + "/meeting/decision").then().statusCode(409);
        given().auth().oauth2(supervisor).contentType("application/json")
                .body(Map.of("meetingOn", "2020-01-01", "topic", "杆线迁移"))
                .post("/api/v1/tickets/" + id + "/meeting").then().statusCode(400).body("violations.field", hasItem(containsString("meetingOn")));
        String meetingDay = LocalDate.now().plusDays(2).toString();
        given().auth().oauth2(TestTokens.enterprise("tl", TONGLING)).contentType("application/json")
                .body(Map.of("meetingOn", meetingDay, "topic", "杆线迁移"))
                .post("/api/v1/tickets/" + id + "/meeting").then().statusCode(403);
        given().auth().oauth2(supervisor).contentType("application/json").body(Map.of("meetingOn", meetingDay, "topic", "杆线迁移顶格协调"))
                .post("/api/v1/tickets/" + id + "/meeting").then().statusCode(200).body("meetingOn", equalTo(meetingDay));
        given().auth().oauth2(supervisor).contentType("application/json").body(Map.of("decision", "供电公司本周内迁移"))
                .post("/api/v1/tickets/" + id + "/meeting/decision").then().statusCode(200)
                .body("meetingDecision", equalTo("供电公司本周内迁移"));
        given().auth().oauth2(TestTokens.enterprise("tl", TONGLING)).get("/api/v1/tickets/" + id + "/timeline").then()
                .body("action", hasItems("MEETING_SCHEDULED", "MEETING_DECIDED"))
                .body("body", hasItem("会办决定：供电公司本周内迁移"));
    }
}
