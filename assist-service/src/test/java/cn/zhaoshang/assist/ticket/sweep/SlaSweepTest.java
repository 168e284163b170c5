package cn.zhaoshang.assist.ticket.sweep;

import cn.zhaoshang.testsupport.MovableClock;
import cn.zhaoshang.testsupport.EventContract;
import cn.zhaoshang.testsupport.KafkaProbe;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import cn.zhaoshang.testsupport.RealInfrastructure;
import cn.zhaoshang.testsupport.TestTokens;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static cn.zhaoshang.assist.ticket.TicketFixtures.TONGLING;
import static cn.zhaoshang.assist.ticket.TicketFixtures.knownProject;
import static cn.zhaoshang.assist.ticket.TicketFixtures.read;
import static cn.zhaoshang.assist.ticket.TicketFixtures.submit;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

/**
 * The SLA sweep with a movable clock: warnings and breaches once per ticket and limit although two sweeps
 * (two replicas) and the background scheduler race for every alarm; a breach escalates; an unconfirmed
 * resolution is reminded and then closes itself.
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "assist_service"))
class SlaSweepTest {

    /** Tuesday 1 December 2026, 10:00 in Shanghai: a working morning. */
    private static final Instant TUESDAY_10_00 = Instant.parse("2026-12-01T02:00:00Z");

    @Inject
    MovableClock clock;
    @Inject
    SlaSweep sweep;

    @BeforeEach
    void shortSiteAccessLimits() {
        // respond within 1 working hour, resolve within 2, warn at half time
        given().auth().oauth2(TestTokens.admin()).contentType("application/json")
                .body(Map.of("priority", "URGENT", "responseAmount", 1, "responseUnit", "WORKING_HOURS",
                        "resolutionAmount", 2, "resolutionUnit", "WORKING_HOURS", "warningRatio", 0.5))
                .put("/api/v1/sla-policies/SITE_ACCESS").then().statusCode(200);
    }

    @AfterEach
    void realTimeAgain() {
        clock.reset();
    }

    @Test
    void twoReplicasRaiseEachWarningAndBreachOnceAndTheBreachEscalates() throws Exception {
        UUID projectId = knownProject("LAND_ACQUIRED");
        clock.set(TUESDAY_10_00);
        String id = submit(projectId, TestTokens.enterprise("tl", TONGLING), "SITE_ACCESS", "URGENT");
        given().auth().oauth2(TestTokens.admin()).get("/api/v1/tickets/" + id).then()
                .body("responseDueAt", equalTo("2026-12-01T03:00:00Z")).body("resolutionDueAt", equalTo("2026-12-01T04:00:00Z"));

        clock.set(TUESDAY_10_00.plus(Duration.ofMinutes(35)));
        sweepAsTwoReplicas();
        given().auth().oauth2(TestTokens.staff("zhang.wei", null)).post("/api/v1/tickets/" + id + "/accept").then().statusCode(200);
        clock.set(TUESDAY_10_00.plus(Duration.ofMinutes(65)));
        sweepAsTwoReplicas();
        clock.set(TUESDAY_10_00.plus(Duration.ofMinutes(130))); // 12:10, in the lunch break, past the 12:00 deadline
        sweepAsTwoReplicas();
        sweepAsTwoReplicas();

        List<JsonNode> events = eventsOf(id, 6);
        assertThat(events).extracting(e -> e.get("type").asText()).containsExactly("ticket.submitted", "ticket.sla-warning",
                "ticket.accepted", "ticket.sla-warning", "ticket.sla-breached", "ticket.escalated");
        assertThat(events.get(1).at("/data/change/limit").asText()).isEqualTo("RESPONSE");
        assertThat(events.get(3).at("/data/change/limit").asText()).isEqualTo("RESOLUTION");
        assertThat(events.get(4).at("/data/change/dueAt").asText()).isEqualTo("2026-12-01T04:00:00Z");
        JsonNode escalated = events.get(5);
        assertThat(escalated.at("/data/change/automatic").asBoolean()).isTrue();
        assertThat(escalated.at("/data/change/toLabel").asText()).isEqualTo("项目长");
        assertThat(escalated.at("/data/escalationLevel").asInt()).isEqualTo(1);

        // 项目长 gets one more working day, counted as an office counts days: Wednesday, to its close at 17:30
        given().auth().oauth2(TestTokens.admin()).get("/api/v1/tickets/" + id).then()
                .body("escalatedTo", equalTo("PROJECT_CHIEF")).body("resolutionBreached", equalTo(true))
                .body("responseBreached", equalTo(false)).body("resolutionDueAt", equalTo("2026-12-02T09:30:00Z"));
        given().auth().oauth2(TestTokens.admin()).get("/api/v1/tickets/" + id + "/timeline").then()
                .body("action", hasItems("SLA_WARNING", "SLA_BREACHED", "ESCALATED"));
    }

    @Test
    void anUnconfirmedResolutionIsRemindedAndClosesItselfAfterThreeWorkingDays() throws Exception {
        UUID projectId = knownProject("LAND_ACQUIRED");
        clock.set(TUESDAY_10_00);
        String enterprise = TestTokens.enterprise("tl", TONGLING);
        String member = TestTokens.staff("zhang.wei", null);
        String id = submit(projectId, enterprise, "SITE_ACCESS", "URGENT");
        given().auth().oauth2(member).post("/api/v1/tickets/" + id + "/accept").then().statusCode(200);
        given().auth().oauth2(member).contentType("application/json").body(Map.of("resolution", "施工便道已开通"))
                .post("/api/v1/tickets/" + id + "/resolve").then().statusCode(200)
                .body("autoCloseAt", equalTo("2026-12-04T09:30:00Z")); // three working days from Tuesday: Friday's close

        clock.set(Instant.parse("2026-12-03T09:35:00Z")); // Thursday 17:35: two days have passed, one is left
        sweepAsTwoReplicas();
        given().auth().oauth2(enterprise).get("/api/v1/tickets/" + id).then().body("status", equalTo("RESOLVED"));
        clock.set(Instant.parse("2026-12-04T02:05:00Z")); // Friday 10:05: the last day is not over
        sweepAsTwoReplicas();
        given().auth().oauth2(enterprise).get("/api/v1/tickets/" + id).then().body("status", equalTo("RESOLVED"));
        clock.set(Instant.parse("2026-12-04T09:35:00Z")); // Friday 17:35
        sweepAsTwoReplicas();

        given().auth().oauth2(enterprise).get("/api/v1/tickets/" + id).then().body("status", equalTo("CLOSED"))
                .body("closedAt", equalTo("2026-12-04T09:35:00Z"));
        given().auth().oauth2(enterprise).get("/api/v1/tickets/" + id + "/timeline").then()
                .body("action", hasItems("CONFIRM_REMINDER", "AUTO_CLOSED"));
        assertThat(eventsOf(id, 5)).extracting(e -> e.get("type").asText()).containsExactly("ticket.submitted",
                "ticket.accepted", "ticket.resolved", "ticket.confirm-reminder", "ticket.closed");
    }

    /** Two sweeps started together, as two replicas would; the background scheduler may join in too. */
    private void sweepAsTwoReplicas() throws Exception {
        ExecutorService replicas = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        Callable<Integer> replica = () -> {
            start.await();
            return sweep.sweep();
        };
        try {
            List<Future<Integer>> runs = List.of(replicas.submit(replica), replicas.submit(replica));
            start.countDown();
            for (Future<Integer> run : runs) {
                run.get();
            }
        } finally {
            replicas.shutdown();
        }
    }

    /** The ticket's events on the broker, after waiting long enough to see one too many if there were. */
    private static List<JsonNode> eventsOf(String ticketId, int expected) {
        List<ConsumerRecord<String, String>> records = KafkaProbe.await("assist.events",
                r -> r.value().contains("\"subject\":\"" + ticketId + "\""), expected + 1, Duration.ofSeconds(8));
        // warnings, breaches, escalations, reminders and auto-closes as the event contract describes them
        records.forEach(r -> EventContract.assertConforms("assist.events", r.key(), r.value()));
        List<JsonNode> events = records.stream().map(r -> read(r.value())).toList();
        assertThat(events).hasSize(expected);
        return events;
    }
}
