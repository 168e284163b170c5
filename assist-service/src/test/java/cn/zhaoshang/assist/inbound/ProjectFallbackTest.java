package cn.zhaoshang.assist.inbound;

import cn.zhaoshang.assist.ProjectServiceStandIn;
import cn.zhaoshang.testsupport.RealInfrastructure;
import cn.zhaoshang.testsupport.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** A ticket on a project whose events have not arrived: assist-service asks project-service before refusing. */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "assist_service"))
@QuarkusTestResource(ProjectServiceStandIn.class)
class ProjectFallbackTest {

    private static final String KUBISEN = "91320803MA1XKB802Y";

    @AfterEach
    void projectServiceBack() {
        ProjectServiceStandIn.failing(false);
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
