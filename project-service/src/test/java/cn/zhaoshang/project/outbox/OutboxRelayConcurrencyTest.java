package cn.zhaoshang.project.outbox;

import cn.zhaoshang.testsupport.KafkaProbe;
import cn.zhaoshang.testsupport.RealInfrastructure;
import cn.zhaoshang.testsupport.TestTokens;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.MutinyEmitter;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Channel;

import javax.sql.DataSource;
import java.time.Clock;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Three relays at once (the service's own and two more standing in for replicas, each with its own database
 * session) while changes stream in: every event reaches Kafka exactly once and each project's events
 * arrive in the order they committed.
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "project_service"))
class OutboxRelayConcurrencyTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    @Channel("project-events")
    MutinyEmitter<String> emitter;
    @Inject
    DataSource dataSource;
    @Inject
    ObjectMapper json;
    @Inject
    Clock clock;

    /** Another replica's relay: its own instance, its own database session competing for the lock. */
    private OutboxRelay replica() {
        return new OutboxRelay(emitter, dataSource, json, clock, 200, Duration.ofSeconds(15), Duration.ofMillis(200));
    }

    private static void pause() {
        try {
            Thread.sleep(10);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void competingRelaysPublishEachRowOnceAndInOrder() throws Exception {
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService replicas = Executors.newFixedThreadPool(2);
        for (int i = 0; i < 2; i++) {
            OutboxRelay relay = replica();
            replicas.submit(() -> {
                while (running.get()) {
                    relay.relay();
                    pause();
                }
            });
        }
        List<String> projects = new ArrayList<>();
        try {
            String enterprise = given().auth().oauth2(TestTokens.admin()).contentType("application/json")
                    .body(Map.of("name", "并发企业", "creditCode", "91320800MA23NA007Q"))
                    .post("/api/v1/enterprises").then().statusCode(201).extract().path("id");
            for (int p = 0; p < 4; p++) {
                String id = given().auth().oauth2(TestTokens.admin()).contentType("application/json")
                        .body(Map.of("name", "并发项目" + p, "enterpriseId", enterprise, "district", "xuyi", "industry", "pcb",
                                "totalInvestment", "1000", "agreedInvestment", "1000", "stage", "SIGNED", "stageSince", "2026-01-01"))
                        .post("/api/v1/projects").then().statusCode(201).extract().path("id");
                projects.add(id);
            }
            for (int month = 1; month <= 10; month++) {
                for (String id : projects) {
                    given().auth().oauth2(TestTokens.admin()).contentType("application/json")
                            .body(Map.of("month", String.format("2026-%02d", month), "amount", "10.00"))
                            .post("/api/v1/projects/" + id + "/investment-reports").then().statusCode(201);
                }
            }
        } finally {
            Thread.sleep(1500);
            running.set(false);
            replicas.shutdown();
            replicas.awaitTermination(30, TimeUnit.SECONDS);
        }

        Set<String> ours = Set.copyOf(projects);
        List<ConsumerRecord<String, String>> records = KafkaProbe.await("project.events", r -> ours.contains(r.key()),
                44 + 1, Duration.ofSeconds(20));
        assertThat(records).as("4 registrations + 40 reports, nothing more").hasSize(44);
        Map<String, List<Long>> versionsByProject = new ConcurrentHashMap<>();
        Set<String> ids = ConcurrentHashMap.newKeySet();
        for (ConsumerRecord<String, String> record : records) {
            JsonNode event = JSON.readTree(record.value());
            assertThat(ids.add(event.get("id").asText())).as("event published once").isTrue();
            versionsByProject.computeIfAbsent(record.key(), k -> new ArrayList<>()).add(event.at("/data/version").asLong());
        }
        versionsByProject.values().forEach(versions -> assertThat(versions).hasSize(11).isSorted().doesNotHaveDuplicates());
    }
}
