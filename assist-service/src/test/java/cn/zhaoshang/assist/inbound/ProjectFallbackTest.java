package cn.zhaoshang.assist.inbound;

import cn.zhaoshang.assist.ProjectServiceStandIn;
import cn.zhaoshang.testsupport.KafkaProbe;
import cn.zhaoshang.testsupport.RealInfrastructure;
import cn.zhaoshang.testsupport.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** A ticket on a project whose events have not arrived: assist-service asks project-service before refusing. */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "assist_service"))
@QuarkusTestResource(ProjectServiceStandIn.class)
class ProjectFallbackTest {

    private static final String KUBISEN = "91320803MA1XKB802Y";

    @Inject
    CircuitBreakerMaintenance circuitBreakers;

    /** project-service healthy again, and the breaker closed: the other test classes share this app. */
    @AfterEach
    void projectServiceBack() {
        ProjectServiceStandIn.failing(false);
        ProjectServiceStandIn.delay(0);
        circuitBreakers.resetAll();
    }

    private static Map<String, Object> ticketOn(UUID projectId) {
        return Map.of("projectId", projectId, "category", "STAFFING", "title", "招工难", "description", "需要200名产线工人");
    }

    @Test
    void aProjectNotYetHeardOfIsLookedUpWithTheCallersTokenAndRemembered() {
        UUID projectId = UUID.randomUUID();
        ProjectServiceStandIn.put(projectId, """
                {"id":"%s","version":4,"name":"库比森汽车内饰件项目","enterprise":{"id":"%s","name":"库比森","creditCode":"%s"},
                 "district":"gangzha","stage":"SIGNED","major":false,"totalInvestment":120000.00,
                 "milestones":[{"stage":"CONSTRUCTION_STARTED","label":"开工","plannedOn":"2027-03-01","actualOn":null}],
                 "team":{"projectId":"%s","chief":"chen.jie","leaderInCharge":"zhou.min","members":["wu.fang"],"assistingUnits":[]}}"""
                .formatted(projectId, UUID.randomUUID(), KUBISEN, projectId));
        String token = TestTokens.enterprise("kbs", KUBISEN);

        given().auth().oauth2(token).contentType("application/json").body(ticketOn(projectId))
                .post("/api/v1/tickets").then().statusCode(201).body("projectName", equalTo("库比森汽车内饰件项目"))
                .body("district", equalTo("gangzha"));
        assertThat(ProjectServiceStandIn.lastAuthorization()).isEqualTo("Bearer " + token);
        KnownProject known = QuarkusTransaction.requiringNew().call(() -> KnownProject.findById(projectId));
        assertThat(known.sourceVersion).isEqualTo(4);
        assertThat(known.members).containsExactly("wu.fang");
        assertThat(known.milestones).contains("CONSTRUCTION_STARTED").contains("\"plannedOn\": \"2027-03-01\"");

        int asked = ProjectServiceStandIn.requests();
        given().auth().oauth2(token).contentType("application/json").body(ticketOn(projectId))
                .post("/api/v1/tickets").then().statusCode(201);
        assertThat(ProjectServiceStandIn.requests()).as("the second ticket uses the read model").isEqualTo(asked);
    }

    @Test
    void theProjectsEventArrivingWhileProjectServiceIsAskedDoesNotFailTheTicketOrTheEvent() throws Exception {
        UUID projectId = UUID.randomUUID();
        ProjectServiceStandIn.put(projectId, """
                {"id":"%s","version":1,"name":"库比森汽车内饰件项目","enterprise":{"id":"%s","name":"库比森","creditCode":"%s"},
                 "district":"gangzha","stage":"SIGNED","major":false,"totalInvestment":120000.00,"milestones":[],
                 "team":{"projectId":"%s","chief":"chen.jie","leaderInCharge":"zhou.min","members":["wu.fang"],"assistingUnits":[]}}"""
                .formatted(projectId, UUID.randomUUID(), KUBISEN, projectId));
        ProjectServiceStandIn.delay(1200); // under the client's 2 s read timeout
        String token = TestTokens.enterprise("kbs", KUBISEN);
        CompletableFuture<Integer> submitted = CompletableFuture.supplyAsync(() -> given().auth().oauth2(token)
                .contentType("application/json").body(ticketOn(projectId)).post("/api/v1/tickets").then().extract().statusCode());
        Thread.sleep(200); // the submission is waiting for project-service now
        KafkaProbe.send("project.events", projectId.toString(), """
                {"specversion":"1.0","id":"%s","source":"/project-service","type":"project.team-assigned","subject":"%s",
                 "time":"2026-11-23T08:00:00Z","data":{"projectId":"%s","name":"库比森汽车内饰件项目","enterpriseCode":"%s",
                 "district":"gangzha","stage":"SIGNED","major":false,"version":2,
                 "team":{"chief":"chen.jie","leaderInCharge":"zhou.min","members":["wu.fang","he.ping"]}}}"""
                .formatted(UUID.randomUUID(), projectId, projectId, KUBISEN));
        await().atMost(Duration.ofSeconds(20)).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> KnownProject.findById(projectId) != null));

        assertThat(submitted.get(30, TimeUnit.SECONDS)).as("the ticket is taken, on the row the event wrote").isEqualTo(201);
        KnownProject known = QuarkusTransaction.requiringNew().call(() -> KnownProject.findById(projectId));
        assertThat(known.sourceVersion).as("the event's newer version stays").isEqualTo(2);
        assertThat(known.members).containsExactly("wu.fang", "he.ping");
    }

    @Test
    void aProjectProjectServiceDoesNotKnowIsRefusedAndAnUnreachableOneIsA503() {
        String token = TestTokens.enterprise("kbs", KUBISEN);
        given().auth().oauth2(token).contentType("application/json").body(ticketOn(UUID.randomUUID()))
                .post("/api/v1/tickets").then().statusCode(422).contentType("application/problem+json")
                .body("detail", containsString("does not exist"));

        ProjectServiceStandIn.failing(true);
        given().auth().oauth2(token).contentType("application/json").body(ticketOn(UUID.randomUUID()))
                .post("/api/v1/tickets").then().statusCode(503).contentType("application/problem+json")
                .body("detail", containsString("try again"));
    }
}
