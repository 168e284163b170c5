package cn.zhaoshang.assist;

import cn.zhaoshang.testsupport.KafkaProbe;
import cn.zhaoshang.testsupport.RealInfrastructure;
import cn.zhaoshang.testsupport.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.persistence.EntityManager;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.net.URL;

import java.time.Duration;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "assist_service"))
class SkeletonTest {

    @Inject
    EntityManager entityManager;
    @TestHTTPResource(value = "/health/ready", management = true) // the management root is /q
    URL readinessDetails;
    @TestHTTPResource(value = "/metrics", management = true)
    URL metrics;

    @Test
    void isReadyWithDatabaseAndKafkaAndDocumented() {
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body(not(containsString("Kafka")));
        given().when().get(readinessDetails).then().statusCode(200).body(containsString("Kafka connection health check"))
                .body(containsString("Working calendar")).body("checks.find { it.name == 'Working calendar' }.data.2027", org.hamcrest.Matchers.equalTo("provisional"));
        given().accept("application/json").when().get("/q/openapi").then().statusCode(200)
                .body("paths", hasKey("/api/v1/sla-policies"));
        given().when().get(metrics).then().statusCode(200).body(containsString("assist_calendar_provisional_years"));
    }

    @Test
    void refusesCallsWithoutTokenAndBadInputAsProblems() {
        given().when().get("/api/v1/sla-policies").then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.staff("s1", null)).contentType("application/json")
                .body("{\"responseAmount\":1,\"responseUnit\":\"WORKING_HOURS\",\"resolutionAmount\":1,\"resolutionUnit\":\"WORKING_DAYS\"}")
                .when().put("/api/v1/sla-policies/LAND").then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.admin()).contentType("application/json").body("{\"responseAmount\": -1}")
                .when().put("/api/v1/sla-policies/LAND").then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", org.hamcrest.Matchers.hasItem(containsString("responseAmount")));
    }

    @Test
    void learnsProjectsFromProjectEventsOnceAndSendsUnreadableOnesToTheDeadLetterTopic() {
        UUID projectId = UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        String event = """
                {"specversion":"1.0","id":"%s","source":"/project-service","type":"project.registered","subject":"%s",
                 "time":"2026-11-23T08:00:00Z","data":{"projectId":"%s","name":"通灵智能光伏接线盒项目",
                 "enterpriseCode":"91320800MA20TL004Y","district":"etdz","stage":"SIGNED","major":true,"version":0,
                 "team":{"chief":"li.na","leaderInCharge":"wang.jun","members":["zhang.wei"]},"futureField":1}}"""
                .formatted(eventId, projectId, projectId);
        KafkaProbe.send("project.events", projectId.toString(), event);
        KafkaProbe.send("project.events", projectId.toString(), event);
        KafkaProbe.send("project.events", projectId.toString(), "{not json");

        await().atMost(Duration.ofSeconds(30)).until(() -> knownName(projectId) != null);
        assertEquals("通灵智能光伏接线盒项目", knownName(projectId));
        assertEquals(1, query("select event_id from processed_event where event_id = ?1", eventId).size());
        assertFalse(KafkaProbe.await("assist.project-events.dlq", r -> r.value().equals("{not json"), 1,
                Duration.ofSeconds(30)).isEmpty());
    }

    private String knownName(UUID projectId) {
        java.util.List<?> rows = query("select name from known_project where project_id = ?1", projectId);
        return rows.isEmpty() ? null : rows.get(0).toString();
    }

    private java.util.List<?> query(String sql, Object parameter) {
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() ->
                entityManager.createNativeQuery(sql).setParameter(1, parameter).getResultList());
    }
}
