package cn.zhaoshang.project;

import cn.zhaoshang.testsupport.RealInfrastructure;
import cn.zhaoshang.testsupport.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.net.URL;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @io.quarkus.test.common.ResourceArg(name = "database", value = "project_service"))
class SkeletonTest {

    @TestHTTPResource(value = "/health/ready", management = true) // the management root is /q
    URL readinessDetails;
    @TestHTTPResource(value = "/metrics", management = true)
    URL metrics;

    /** Public probes say UP or DOWN only; the checks' details and the metrics are on the management port (API8). */
    @Test
    void isReadyWithDatabaseAndKafkaAndTellsOnlyTheManagementPortWhy() {
        for (String probe : new String[] {"/q/health", "/q/health/ready", "/q/health/live", "/q/health/started"}) {
            given().when().get(probe).then().statusCode(200).header("Cache-Control", "no-store")
                    .body(equalTo("{\"status\":\"UP\"}"));
        }
        given().when().get("/q/metrics").then().statusCode(404);
        given().when().get(readinessDetails).then().statusCode(200)
                .body("status", equalTo("UP"))
                .body(containsString("Database connections health check"))
                .body(containsString("Kafka connection health check"));
        given().when().get(metrics).then().statusCode(200).body(containsString("jvm_"));
    }

    @Test
    void servesItsOpenApiDocumentAndSwaggerUi() {
        given().accept("application/json").when().get("/q/openapi").then().statusCode(200)
                .body("paths", org.hamcrest.Matchers.hasKey("/api/v1/projects"));
        given().when().get("/q/swagger-ui/").then().statusCode(200);
    }

    @Test
    void refusesApiCallsWithoutTokenAsProblem() {
        given().when().get("/api/v1/districts").then().statusCode(401)
                .contentType("application/problem+json").body("status", equalTo(401));
    }

    @Test
    void answersMalformedJsonWithProblem() {
        given().auth().oauth2(TestTokens.admin()).contentType("application/json").body("{\"name\": ")
                .when().post("/api/v1/enterprises").then().statusCode(400)
                .contentType("application/problem+json").body("status", equalTo(400))
                .body(not(containsString("Exception")));
    }

    @Test
    void answersUnknownPathsAndWrongMethodsWithProblem() {
        given().auth().oauth2(TestTokens.admin()).when().get("/api/v1/nothing-here").then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(TestTokens.admin()).when().delete("/api/v1/districts").then().statusCode(405)
                .contentType("application/problem+json");
    }
}
