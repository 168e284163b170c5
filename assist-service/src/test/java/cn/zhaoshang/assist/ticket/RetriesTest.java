package cn.zhaoshang.assist.ticket;

import cn.zhaoshang.testsupport.RealInfrastructure;
import cn.zhaoshang.testsupport.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static cn.zhaoshang.assist.ticket.TicketFixtures.TONGLING;
import static cn.zhaoshang.assist.ticket.TicketFixtures.knownProject;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** A phone that lost the answer to a submission and sends it again files one ticket, and revalidates it cheaply. */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "assist_service"))
class RetriesTest {

    @Test
    void aSubmissionRetriedWithItsKeyFilesOneTicket() {
        UUID projectId = knownProject("LAND_ACQUIRED");
        String phone = TestTokens.enterprise("retry.phone", TONGLING);
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Map.of("projectId", projectId, "category", "SITE_ACCESS", "title", "进场道路未通",
                "description", "施工车辆无法进场");
        ExtractableResponse<Response> first = given().auth().oauth2(phone).header("Idempotency-Key", key).contentType("application/json")
                .body(body).post("/api/v1/tickets").then().statusCode(201).extract();
        ExtractableResponse<Response> retry = given().auth().oauth2(phone).header("Idempotency-Key", key).contentType("application/json")
                .body(body).post("/api/v1/tickets").then().statusCode(201).extract();
        assertThat(retry.path("id").toString()).isEqualTo(first.path("id").toString());
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        int filed = given().auth().oauth2(phone).queryParam("projectId", projectId).get("/api/v1/tickets").then().statusCode(200)
                .extract().path("total");
        assertThat(filed).isEqualTo(1);

        String id = first.path("id");
        String etag = given().auth().oauth2(phone).get("/api/v1/tickets/" + id).then().statusCode(200).extract().header("ETag");
        given().auth().oauth2(phone).header("If-None-Match", etag).get("/api/v1/tickets/" + id).then().statusCode(304);
        given().auth().oauth2(TestTokens.staff("zhang.wei", null)).post("/api/v1/tickets/" + id + "/accept").then().statusCode(200);
        given().auth().oauth2(phone).header("If-None-Match", etag).get("/api/v1/tickets/" + id).then().statusCode(200);
    }
}
