package cn.zhaoshang.notify.preference;

import cn.zhaoshang.testsupport.RealInfrastructure;
import cn.zhaoshang.testsupport.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;

/** A validly signed token whose claims no service could store is refused at the edge (401), not a 500 on the write. */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "notify_service"))
class LongClaimsTest {

    @Test
    void aSubjectLongerThanAnyColumnIsABadToken() {
        String longName = "z".repeat(201);
        given().auth().oauth2(TestTokens.token(longName, List.of("staff"), null, "etdz")).contentType("application/json")
                .body(Map.of("email", "long@example.com")).put("/api/v1/preferences")
                .then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.token("z".repeat(200), List.of("staff"), null, "etdz")).contentType("application/json")
                .body(Map.of("email", "long@example.com")).put("/api/v1/preferences").then().statusCode(200);
    }

    @Test
    void aDistrictClaimLongerThanAnyColumnIsABadToken() {
        given().auth().oauth2(TestTokens.token("wang.jun", List.of("supervisor"), null, "d".repeat(300)))
                .get("/api/v1/notifications").then().statusCode(401).contentType("application/problem+json");
    }
}
