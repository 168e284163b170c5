package cn.zhaoshang.notify.preference;

import cn.zhaoshang.engines.DevTokens;
import cn.zhaoshang.testsupport.RealInfrastructure;
import cn.zhaoshang.testsupport.TestTokens;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

/** Signed by the trusted key and still refused (API2): meant for another application, or issued in the future. */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "notify_service"))
class TokenChecksTest {

    private static ObjectNode claims(long issuedAt) {
        ObjectNode claims = new ObjectMapper().createObjectNode().put("iss", TestTokens.ISSUER).put("sub", "wang.jun")
                .put("jti", UUID.randomUUID().toString()).put("iat", issuedAt).put("exp", issuedAt + 600).put("district", "etdz");
        claims.putArray("groups").add("supervisor");
        return claims;
    }

    private static int status(ObjectNode claims) {
        return given().auth().oauth2(TestTokens.issuer().sign(claims)).get("/api/v1/notifications").then()
                .extract().statusCode();
    }

    @Test
    void theAudienceMustBeThisApplications() {
        long now = System.currentTimeMillis() / 1000;
        org.assertj.core.api.Assertions.assertThat(status(claims(now).put("aud", DevTokens.AUDIENCE))).isEqualTo(200);
        org.assertj.core.api.Assertions.assertThat(status(claims(now).put("aud", "another-app"))).isEqualTo(401);
        org.assertj.core.api.Assertions.assertThat(status(claims(now))).isEqualTo(401);
    }

    @Test
    void aTokenIssuedBeyondTheClockLeewayIsRefused() {
        long now = System.currentTimeMillis() / 1000;
        org.assertj.core.api.Assertions.assertThat(status(claims(now + 30).put("aud", DevTokens.AUDIENCE))).as("30 s ahead: within the leeway").isEqualTo(200);
        given().auth().oauth2(TestTokens.issuer().sign(claims(now + 3600).put("aud", DevTokens.AUDIENCE)))
                .get("/api/v1/notifications").then().statusCode(401).contentType("application/problem+json")
                .body("detail", containsString("future"));
    }
}
