package cn.zhaoshang.notify.preference;

import cn.zhaoshang.testsupport.RealInfrastructure;
import cn.zhaoshang.testsupport.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** A user's first preferences saved from two devices at once: one save wins, the other hears 409, never 500. */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "notify_service"))
class RacingPreferencesTest {

    @Test
    void racingFirstSavesAnswerSavedOrConflictNeverAServerError() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(10);
        try {
            for (int round = 0; round < 3; round++) {
                String token = TestTokens.staff("racer." + UUID.randomUUID(), "etdz");
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Integer>> answers = new ArrayList<>();
                for (int i = 0; i < 10; i++) {
                    Callable<Integer> save = () -> {
                        start.await();
                        return given().auth().oauth2(token).contentType("application/json")
                                .body(Map.of("email", "racer@example.com")).put("/api/v1/preferences").statusCode();
                    };
                    answers.add(pool.submit(save));
                }
                start.countDown();
                List<Integer> statuses = new ArrayList<>();
                for (Future<Integer> answer : answers) {
                    statuses.add(answer.get());
                }
                assertThat(statuses).as("round " + round).isSubsetOf(200, 409).contains(200);
                given().auth().oauth2(token).get("/api/v1/preferences").then().statusCode(200)
                        .body("email", equalTo("racer@example.com"));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
