package cn.zhaoshang.chassis.idempotency;

import cn.zhaoshang.testsupport.RealInfrastructure;
import cn.zhaoshang.testsupport.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** Idempotency-Key on the bare chassis, against a call that counts its effects. */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "chassis"))
class IdempotencyTest {

    private static final String PHONE = TestTokens.enterprise("phone.user", "91320800MA20TL004Y");

    private static ExtractableResponse<Response> increment(String token, String key, String name) {
        var request = given().auth().oauth2(token).contentType("application/json").body(Map.of("name", name));
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return request.post("/api/v1/test/counters").then().extract();
    }

    private static int count(String name) {
        return CountingResource.COUNTS.getOrDefault(name, new java.util.concurrent.atomic.AtomicInteger()).get();
    }

    @Test
    void aRetryWithTheSameKeyGetsTheFirstAnswerAndNoSecondEffect() {
        String key = UUID.randomUUID().toString();
        ExtractableResponse<Response> first = increment(PHONE, key, "retry");
        ExtractableResponse<Response> again = increment(PHONE, key, "retry");
        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(again.statusCode()).isEqualTo(201);
        assertThat(again.body().asString()).isEqualTo(first.body().asString());
        assertThat(again.header("Location")).isEqualTo(first.header("Location"));
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(again.contentType()).startsWith("application/json");
        assertThat(first.header("Idempotent-Replayed")).isNull();
        assertThat(count("retry")).isEqualTo(1);
        // without a key every call is a new one
        increment(PHONE, null, "retry");
        assertThat(count("retry")).isEqualTo(2);
    }

    @Test
    void theSameKeyForAnotherRequestIsRefusedAndDoesNothing() {
        String key = UUID.randomUUID().toString();
        increment(PHONE, key, "one");
        ExtractableResponse<Response> other = increment(PHONE, key, "other");
        assertThat(other.statusCode()).isEqualTo(422);
        assertThat(other.contentType()).startsWith("application/problem+json");
        assertThat(other.body().asString()).contains("different request");
        assertThat(count("other")).isZero();
    }

    @Test
    void requestsRacingWithOneKeyMakeOneEffect() throws Exception {
        String key = UUID.randomUUID().toString();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<ExtractableResponse<Response>>> answers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                answers.add(pool.submit((Callable<ExtractableResponse<Response>>) () -> increment(PHONE, key, "race")));
            }
            List<String> bodies = new ArrayList<>();
            for (Future<ExtractableResponse<Response>> answer : answers) {
                assertThat(answer.get().statusCode()).isEqualTo(201);
                bodies.add(answer.get().body().asString());
            }
            assertThat(bodies).containsOnly(bodies.get(0));
            assertThat(count("race")).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aServerFailureIsNotKeptSoTheRetryDoesIt() {
        String key = UUID.randomUUID().toString();
        CountingResource.FAIL_NEXT.set(true);
        assertThat(increment(PHONE, key, "after-failure").statusCode()).isEqualTo(500);
        assertThat(increment(PHONE, key, "after-failure").statusCode()).isEqualTo(201);
        assertThat(count("after-failure")).isEqualTo(1);
    }

    @Test
    void keysArePerCallerAndMustBeSensible() {
        String key = UUID.randomUUID().toString();
        increment(PHONE, key, "callers");
        assertThat(increment(TestTokens.admin(), key, "callers").statusCode()).isEqualTo(201);
        assertThat(count("callers")).isEqualTo(2);
        assertThat(increment(PHONE, "x".repeat(256), "callers").statusCode()).isEqualTo(400);
        assertThat(increment(PHONE, "with space", "callers").statusCode()).isEqualTo(400);
        assertThat(count("callers")).isEqualTo(2);
    }

    @Test
    void aSingleObjectIsRevalidatedWithItsETag() {
        increment(PHONE, null, "etag");
        ExtractableResponse<Response> first = given().auth().oauth2(PHONE).get("/api/v1/test/counters/etag").then().extract();
        String etag = first.header("ETag");
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(etag).startsWith("W/\"");
        assertThat(first.header("Cache-Control")).isEqualTo("private, no-cache");
        ExtractableResponse<Response> unchanged = given().auth().oauth2(PHONE).header("If-None-Match", etag)
                .get("/api/v1/test/counters/etag").then().extract();
        assertThat(unchanged.statusCode()).isEqualTo(304);
        assertThat(unchanged.body().asString()).isEmpty();
        assertThat(unchanged.header("ETag")).isEqualTo(etag);
        increment(PHONE, null, "etag");
        ExtractableResponse<Response> changed = given().auth().oauth2(PHONE).header("If-None-Match", etag)
                .get("/api/v1/test/counters/etag").then().extract();
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(changed.header("ETag")).isNotEqualTo(etag);
    }
}
