package cn.zhaoshang.notify;

import cn.zhaoshang.testsupport.KafkaProbe;
import io.restassured.path.json.JsonPath;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

/** Events as project-service and assist-service publish them, and reading inboxes. */
public final class NotifyFixtures {

    public static final String TONGLING = "91320800MA20TL004Y";

    private NotifyFixtures() {
    }

    /** A major project whose team is li.na (chief), wang.jun (leader) and zhang.wei; waits until zhang.wei is told. */
    public static UUID projectWithTeam(String district, String memberToken) {
        UUID projectId = UUID.randomUUID();
        KafkaProbe.send("project.events", projectId.toString(), """
                {"specversion":"1.0","id":"%s","source":"/project-service","type":"project.team-assigned","subject":"%s",
                 "data":{"projectId":"%s","name":"通灵智能光伏接线盒项目","enterpriseCode":"%s","district":"%s",
                 "stage":"LAND_ACQUIRED","major":true,"version":2,
                 "team":{"chief":"li.na","leaderInCharge":"wang.jun","members":["zhang.wei"]}}}"""
                .formatted(UUID.randomUUID(), projectId, projectId, TONGLING, district));
        await().atMost(Duration.ofSeconds(30)).until(() -> items(memberToken, "it.projectId == '" + projectId + "'").size() == 1);
        return projectId;
    }

    public static String ticketEvent(String type, UUID ticketId, UUID projectId, String district, String priority, String change) {
        return """
                {"specversion":"1.0","id":"%s","source":"/assist-service","type":"%s","subject":"%s",
                 "data":{"ticketId":"%s","title":"杆线阻挡施工","projectId":"%s","projectName":"通灵智能光伏接线盒项目",
                 "enterpriseCode":"%s","district":"%s","major":true,"priority":"%s","owner":"zhang.wei",
                 "escalationLevel":0,"resolutionDueAt":"2026-12-01T04:00:00Z","someFieldFromTheFuture":1,"change":%s}}"""
                .formatted(UUID.randomUUID(), type, ticketId, ticketId, projectId, TONGLING, district, priority, change);
    }

    public static void publish(UUID projectId, String event) {
        KafkaProbe.send("assist.events", projectId.toString(), event);
    }

    /** The reader's notifications matching a Groovy condition over {@code it}. */
    public static List<Map<String, Object>> items(String token, String condition) {
        JsonPath inbox = given().auth().oauth2(token).queryParam("size", 100).get("/api/v1/notifications").then()
                .statusCode(200).extract().jsonPath();
        return inbox.getList("items.findAll { " + condition + " }");
    }

    public static int countFor(String token, UUID ticketId, String kind) {
        return items(token, "it.ticketId == '" + ticketId + "' && it.kind == '" + kind + "'").size();
    }
}
