package cn.zhaoshang.notify;

import cn.zhaoshang.testsupport.KafkaProbe;
import cn.zhaoshang.testsupport.RealInfrastructure;
import cn.zhaoshang.testsupport.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.junit.jupiter.api.Assertions.assertFalse;

@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "notify_service"))
class InboxFromProjectEventsTest {

    @Test
    void isReadyDocumentedAndGuarded() {
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().accept("application/json").when().get("/q/openapi").then().statusCode(200)
                .body("paths", hasKey("/api/v1/notifications"));
        given().when().get("/api/v1/notifications").then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.supervisor("s", "etdz")).when().post("/api/v1/notifications/not-an-id/read")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aMajorProjectChangingStageReachesItsDistrictSupervisorsOnceEvenIfTheEventComesTwice() {
        UUID projectId = UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        String event = """
                {"specversion":"1.0","id":"%s","source":"/project-service","type":"project.stage-changed","subject":"%s",
                 "time":"2026-11-23T08:00:00Z","data":{"projectId":"%s","name":"库比森轮胎项目","enterpriseCode":"91320803MA1XKB802Y",
                 "district":"huaian","stage":"CONSTRUCTION_STARTED","major":true,"version":3,
                 "team":{"chief":"chen.gang","leaderInCharge":"zhao.lei","members":["liu.fang"]},
                 "change":{"from":"LAND_ACQUIRED","to":"CONSTRUCTION_STARTED","occurredOn":"2024-04-20"}}}"""
                .formatted(eventId, projectId, projectId);
        KafkaProbe.send("project.events", projectId.toString(), event);
        KafkaProbe.send("project.events", projectId.toString(), event);
        KafkaProbe.send("project.events", projectId.toString(), "{\"id\":\"x\"");

        String supervisor = TestTokens.supervisor("sun.li", "huaian");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(supervisor)
                .when().get("/api/v1/notifications?unread=true").then().statusCode(200)
                .body("items.findAll { it.projectId == '" + projectId + "' }.size()", equalTo(1)));
        String id = given().auth().oauth2(supervisor).when().get("/api/v1/notifications").then()
                .body("items[0].title", containsString("库比森轮胎项目"))
                .body("items[0].title", containsString("开工"))
                .extract().path("items.find { it.projectId == '" + projectId + "' }.id");

        given().auth().oauth2(TestTokens.supervisor("qian.hu", "lianshui")).when().get("/api/v1/notifications")
                .then().body("items.findAll { it.projectId == '" + projectId + "' }.size()", equalTo(0));
        given().auth().oauth2(TestTokens.enterprise("e", "91320803MA1XKB802Y")).when().get("/api/v1/notifications")
                .then().body("items.findAll { it.projectId == '" + projectId + "' }.size()", equalTo(0));
        given().auth().oauth2(TestTokens.enterprise("e", "91320803MA1XKB802Y")).when().post("/api/v1/notifications/" + id + "/read")
                .then().statusCode(404);

        given().auth().oauth2(supervisor).when().post("/api/v1/notifications/" + id + "/read").then().statusCode(204);
        given().auth().oauth2(supervisor).when().get("/api/v1/notifications?unread=true").then()
                .body("items.findAll { it.projectId == '" + projectId + "' }.size()", equalTo(0));
        given().auth().oauth2(TestTokens.supervisor("zhou.city", "*")).when().get("/api/v1/notifications?unread=true").then()
                .body("items.findAll { it.projectId == '" + projectId + "' }.size()", equalTo(1));

        assertFalse(KafkaProbe.await("notify.project-events.dlq", r -> r.value().equals("{\"id\":\"x\""), 1,
                Duration.ofSeconds(30)).isEmpty());
    }
}
