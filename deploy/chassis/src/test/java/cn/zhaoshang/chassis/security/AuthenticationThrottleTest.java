package cn.zhaoshang.chassis.security;

import cn.zhaoshang.testsupport.RealInfrastructure;
import cn.zhaoshang.testsupport.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Many bad tokens from one address are held off with 429 and Retry-After (API2); the threshold here is 20 per 10 s. */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "chassis"))
class AuthenticationThrottleTest {

    @Test
    void badTokensInABurstAreHeldOffAndTheAddressRecovers() {
        List<Integer> statuses = new ArrayList<>();
        Response held = null;
        for (int i = 0; i < 40; i++) {
            Response answer = given().auth().oauth2("forged." + i + ".token").get("/api/v1/audit");
            statuses.add(answer.statusCode());
            if (answer.statusCode() == 429) {
                held = answer;
            }
        }
        assertThat(statuses.subList(0, 20)).containsOnly(401);
        assertThat(statuses.subList(21, 40)).containsOnly(429);
        assertThat(held).isNotNull();
        assertThat(held.contentType()).startsWith("application/problem+json");
        assertThat(Integer.parseInt(held.header("Retry-After"))).isBetween(1, 12);
        assertThat(held.header("X-Content-Type-Options")).isEqualTo("nosniff");
        // held off whatever it sends, a good token included, until the time has passed
        assertThat(given().auth().oauth2(TestTokens.admin()).get("/api/v1/audit").statusCode()).isEqualTo(429);
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(500))
                .until(() -> given().auth().oauth2(TestTokens.admin()).get("/api/v1/audit").statusCode() == 200);
    }
}
