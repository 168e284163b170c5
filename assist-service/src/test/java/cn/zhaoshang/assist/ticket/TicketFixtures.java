package cn.zhaoshang.assist.ticket;

import cn.zhaoshang.assist.inbound.KnownProject;
import cn.zhaoshang.testsupport.KafkaProbe;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

/** Projects made known the way project-service makes them known (an event on the broker), and tickets on them. */
public final class TicketFixtures {

    public static final String TONGLING = "91320800MA20TL004Y";
    private static final ObjectMapper JSON = new ObjectMapper();

    private TicketFixtures() {
    }

    public static UUID knownProject(String stage) {
        return knownProject(stage, "etdz");
    }

    /** Publishes a project on {@code project.events} and waits until the assist desk knows it. */
    public static UUID knownProject(String stage, String district) {
        UUID projectId = UUID.randomUUID();
        KafkaProbe.send("project.events", projectId.toString(), """
                {"specversion":"1.0","id":"%s","source":"/project-service","type":"project.team-assigned","subject":"%s",
                 "time":"2026-11-23T08:00:00Z","data":{"projectId":"%s","name":"通灵智能光伏接线盒项目","enterpriseCode":"%s",
                 "district":"%s","stage":"%s","major":true,"version":1,
                 "team":{"chief":"li.na","leaderInCharge":"wang.jun","members":["zhang.wei"]}}}"""
                .formatted(UUID.randomUUID(), projectId, projectId, TONGLING, district, stage));
        await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> KnownProject.findById(projectId) != null));
        return projectId;
    }

    public static String submit(UUID projectId, String token, String category, String priority) {
        return given().auth().oauth2(token).contentType("application/json")
                .body(Map.of("projectId", projectId, "category", category, "priority", priority,
                        "title", "杆线阻挡施工", "description", "场地内10kV杆线需迁移，影响开工", "blocksMilestone", "CONSTRUCTION_STARTED"))
                .post("/api/v1/tickets").then().statusCode(201).extract().path("id");
    }

    public static JsonNode read(String value) {
        try {
            return JSON.readTree(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
