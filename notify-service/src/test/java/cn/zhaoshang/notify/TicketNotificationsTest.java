package cn.zhaoshang.notify;

import cn.zhaoshang.testsupport.KafkaProbe;
import cn.zhaoshang.testsupport.RealInfrastructure;
import cn.zhaoshang.engines.TokenRequest;
import cn.zhaoshang.testsupport.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static cn.zhaoshang.notify.NotifyFixtures.TONGLING;
import static cn.zhaoshang.notify.NotifyFixtures.countFor;
import static cn.zhaoshang.notify.NotifyFixtures.projectWithTeam;
import static cn.zhaoshang.notify.NotifyFixtures.ticketEvent;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/** Ticket events from the broker become notifications for the right people, live on their streams. */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "notify_service"))
class TicketNotificationsTest {

    @TestHTTPResource("/api/v1/notifications/stream")
    URL stream;

    /** API2: a stream lives no longer than its token; a fresh token and Last-Event-ID miss nothing. */
    @Test
    void aStreamEndsWhenItsTokenExpiresAndAFreshTokenResumesWithoutGaps() throws Exception {
        String district = "d" + UUID.randomUUID().toString().substring(0, 8);
        String member = TestTokens.staff("zhang.wei", null);
        UUID projectId = projectWithTeam(district, member);
        String shortLived = TestTokens.issuer().issue(new TokenRequest("zhang.wei", List.of("staff"), null, null), Duration.ofSeconds(6));
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        String lastSeen;
        try (SseClient live = new SseClient(stream.toString(), shortLived, null)) {
            KafkaProbe.send("assist.events", projectId.toString(), ticketEvent("ticket.submitted", first, projectId, district, "URGENT", "{}"));
            SseClient.Event seen = live.next(Duration.ofSeconds(30));
            assertThat(seen).isNotNull();
            assertThat(seen.data()).contains(first.toString());
            lastSeen = seen.id();
            assertThat(live.awaitEnd(Duration.ofSeconds(15))).as("the stream ends at the token's expiry").isTrue();
        }
        KafkaProbe.send("assist.events", projectId.toString(), ticketEvent("ticket.submitted", second, projectId, district, "URGENT", "{}"));
        await().atMost(Duration.ofSeconds(30)).until(() -> countFor(member, second, "NEW_TICKET") == 1);
        try (SseClient resumed = new SseClient(stream.toString(), member, lastSeen)) {
            SseClient.Event next = resumed.next(Duration.ofSeconds(10));
            assertThat(next).isNotNull();
            assertThat(next.data()).contains(second.toString());
        }
    }

    @Test
    void aStreamOpenedWithAnExpiringTokenSaysSoLast() throws Exception {
        String shortLived = TestTokens.issuer().issue(new TokenRequest("brief.visit", List.of("staff"), null, null), Duration.ofSeconds(2));
        try (SseClient live = new SseClient(stream.toString(), shortLived, null)) {
            assertThat(live.awaitEnd(Duration.ofSeconds(10))).isTrue();
            SseClient.Event last = null;
            for (SseClient.Event e = live.next(Duration.ofMillis(100)); e != null; e = live.next(Duration.ofMillis(100))) {
                last = e;
            }
            assertThat(last).isNotNull();
            assertThat(last.name()).isEqualTo("token-expired");
        }
    }

    @Test
    void theTeamSeesANewTicketLiveOnceAndResumesAfterAReconnectWithoutGapsOrRepeats() throws Exception {
        String district = "d" + UUID.randomUUID().toString().substring(0, 8);
        String member = TestTokens.staff("zhang.wei", null);
        UUID projectId = projectWithTeam(district, member);
        UUID ticketId = UUID.randomUUID();
        String submitted = ticketEvent("ticket.submitted", ticketId, projectId, district, "URGENT", "{}");

        String resumeFrom;
        try (SseClient live = new SseClient(stream.toString(), member, null)) {
            KafkaProbe.send("assist.events", projectId.toString(), submitted);
            KafkaProbe.send("assist.events", projectId.toString(), submitted); // redelivered
            KafkaProbe.send("assist.events", projectId.toString(), "{\"id\":\"broken\",\"type\":");
            SseClient.Event first = live.next(Duration.ofSeconds(30));
            assertThat(first).isNotNull();
            assertThat(first.name()).isEqualTo("NEW_TICKET");
            assertThat(first.data()).contains("杆线阻挡施工").contains(ticketId.toString());
            assertThat(new JsonPath(first.data()).getMap("$"))
                    .as("the stream sends the notification as the inbox lists it")
                    .isEqualTo(NotifyFixtures.items(member, "it.ticketId == '" + ticketId + "' && it.kind == 'NEW_TICKET'").get(0));
            assertThat(live.next(Duration.ofSeconds(3))).as("no second copy").isNull();
            assertThat(live.comments()).as("keep-alive comments").isPositive();
            resumeFrom = first.id();
        }

        // while the member is away: a breach (team and supervisors) and a reopening (team)
        KafkaProbe.send("assist.events", projectId.toString(), ticketEvent("ticket.sla-breached", ticketId, projectId, district, "URGENT",
                "{\"limit\":\"RESOLUTION\",\"dueAt\":\"2026-12-01T04:00:00Z\"}"));
        KafkaProbe.send("assist.events", projectId.toString(), ticketEvent("ticket.reopened", ticketId, projectId, district, "URGENT",
                "{\"reason\":\"杆线仍未迁走\"}"));
        String supervisor = TestTokens.supervisor("sup", district);
        await().atMost(Duration.ofSeconds(30)).until(() -> countFor(member, ticketId, "TICKET_REOPENED") == 1);

        try (SseClient resumed = new SseClient(stream.toString(), member, resumeFrom)) {
            List<String> kinds = new ArrayList<>();
            for (SseClient.Event e = resumed.next(Duration.ofSeconds(5)); e != null; e = resumed.next(Duration.ofSeconds(2))) {
                assertThat(Long.parseLong(e.id())).isGreaterThan(Long.parseLong(resumeFrom));
                kinds.add(e.name());
            }
            assertThat(kinds).containsExactly("SLA_BREACHED", "TICKET_REOPENED");
        }

        assertThat(countFor(TestTokens.enterprise("tl", TONGLING), ticketId, "TICKET_RECEIVED")).isEqualTo(1);
        assertThat(countFor(member, ticketId, "NEW_TICKET")).isEqualTo(1);
        assertThat(countFor(supervisor, ticketId, "SLA_BREACHED")).isEqualTo(1);
        assertThat(countFor(TestTokens.supervisor("other", "elsewhere"), ticketId, "SLA_BREACHED")).isZero();
        assertThat(countFor(TestTokens.enterprise("x", "91320803MA1XKB802Y"), ticketId, "TICKET_RECEIVED")).isZero();
        assertThat(KafkaProbe.await("notify.assist-events.dlq", r -> r.value().startsWith("{\"id\":\"broken\""), 1,
                Duration.ofSeconds(30))).hasSize(1);
    }

    @Test
    void aStreamNeedsATokenAndANumericLastEventId() {
        given().get("/api/v1/notifications/stream").then().statusCode(401);
        given().auth().oauth2(TestTokens.staff("zhang.wei", null)).header("Last-Event-ID", "yesterday")
                .get("/api/v1/notifications/stream").then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.admin()).get("/api/v1/notifications").then().body("page", equalTo(0));
    }
}
