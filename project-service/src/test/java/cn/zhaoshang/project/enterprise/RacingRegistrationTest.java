package cn.zhaoshang.project.enterprise;

import cn.zhaoshang.testsupport.RealInfrastructure;
import cn.zhaoshang.testsupport.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Registrations of one credit code racing each other: the service's own duplicate check cannot see a registration
 * that has not committed yet, so the database's unique key decides, and the loser must hear 409, never 500.
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "project_service"))
class RacingRegistrationTest {

    private static final int RACERS = 10;

    @Test
    void oneRegistrationWinsAndEveryOtherIsAConflict() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(RACERS);
        try {
            for (int round = 0; round < 5; round++) {
                String code = newCreditCode(round);
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Response>> answers = new ArrayList<>();
                for (int i = 0; i < RACERS; i++) {
                    Callable<Response> register = () -> {
                        start.await();
                        return given().auth().oauth2(TestTokens.admin()).contentType("application/json")
                                .body(Map.of("name", "并发登记企业", "creditCode", code)).post("/api/v1/enterprises");
                    };
                    answers.add(pool.submit(register));
                }
                start.countDown();
                List<Integer> statuses = new ArrayList<>();
                for (Future<Response> answer : answers) {
                    Response response = answer.get();
                    statuses.add(response.statusCode());
                    if (response.statusCode() == 409) {
                        assertThat(response.contentType()).startsWith("application/problem+json");
                    }
                }
                assertThat(statuses).as("round " + round).containsOnly(201, 409);
                assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** A credit code nobody registered yet, with its check character. */
    private static String newCreditCode(int round) {
        String first17 = "91320800MB" + String.format("%07d", (System.nanoTime() / 1000 + round) % 10_000_000);
        return first17 + CreditCode.checkCharacter(first17);
    }
}
