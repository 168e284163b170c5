package cn.zhaoshang.project.outbox;

import cn.zhaoshang.testsupport.KafkaProbe;
import cn.zhaoshang.testsupport.RealInfrastructure;
import cn.zhaoshang.testsupport.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** With the broker down, changes still succeed; their events wait in the outbox and go out once, in order, when it is back. */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "project_service"))
class KafkaOutageTest {

    @Inject
    EntityManager entityManager;

    @Test
    void eventsWrittenWhileKafkaIsDownArePublishedOnceItReturns() {
        String enterprise = given().auth().oauth2(TestTokens.admin()).contentType("application/json")
                .body(Map.of("name", "断网企业", "creditCode", "91320800MA21PD005T"))
                .post("/api/v1/enterprises").then().statusCode(201).extract().path("id");
        List<String> projects = new ArrayList<>();
        RealInfrastructure.withKafkaDown(() -> {
            for (int i = 0; i < 5; i++) {
                projects.add(given().auth().oauth2(TestTokens.admin()).contentType("application/json")
                        .body(Map.of("name", "断网项目" + i, "enterpriseId", enterprise, "district", "huaiyin", "industry", "pcb",
                                "totalInvestment", "1000", "agreedInvestment", "1000"))
                        .post("/api/v1/projects").then().statusCode(201).extract().<String>path("id"));
            }
            sleep(3000);
            assertThat(unpublished()).as("rows wait in the outbox while Kafka is down").isGreaterThanOrEqualTo(5);
        });

        Set<String> ours = Set.copyOf(projects);
        List<ConsumerRecord<String, String>> records = KafkaProbe.await("project.events", r -> ours.contains(r.key()), 6,
                Duration.ofSeconds(60));
        assertThat(records).extracting(ConsumerRecord::key).containsExactlyInAnyOrderElementsOf(projects);
        assertThat(unpublished()).isZero();
    }

    private long unpublished() {
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) from outbox_event where published_at is null").getSingleResult()).longValue());
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
