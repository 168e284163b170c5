package cn.zhaoshang.project.enterprise;

import cn.zhaoshang.testsupport.RealInfrastructure;
import cn.zhaoshang.testsupport.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** A forged Host header must not come back as a link to another site. */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "project_service"))
class LocationTest {

    @Test
    void theLocationOfACreatedObjectIsThisServicesOwnPath() {
        String first17 = "91320800MC" + String.format("%07d", System.nanoTime() / 1000 % 10_000_000);
        String location = given().auth().oauth2(TestTokens.admin()).header("Host", "evil.example").contentType("application/json")
                .body(Map.of("name", "宿主头企业", "creditCode", first17 + CreditCode.checkCharacter(first17)))
                .post("/api/v1/enterprises").then().statusCode(201).extract().header("Location");
        assertThat(location).startsWith("/api/v1/enterprises/").doesNotContain("evil.example");
    }
}
