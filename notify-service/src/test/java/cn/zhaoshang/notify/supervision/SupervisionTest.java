package cn.zhaoshang.notify.supervision;

import cn.zhaoshang.testsupport.KafkaProbe;
import cn.zhaoshang.testsupport.MovableClock;
import cn.zhaoshang.testsupport.RealInfrastructure;
import cn.zhaoshang.testsupport.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import static cn.zhaoshang.notify.NotifyFixtures.items;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The daily brief and the supervision reminders, from real events on the broker, with the clock moved by hand. */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "notify_service"))
class SupervisionTest {

    @Inject
    MovableClock clock;
    @Inject
    DailyBrief brief;
    @Inject
    SupervisionReminders reminders;

    @AfterEach
    void realTimeAgain() {
        clock.reset();
    }

    private static void projectEvent(UUID projectId, String type, String district, String stage, int version, String time,
                                     String change) {
        KafkaProbe.send("project.events", projectId.toString(), """
                {"specversion":"1.0","id":"%s","source":"/project-service","type":"%s","subject":"%s","time":"%s",
                 "data":{"projectId":"%s","name":"通灵智能光伏接线盒项目","enterpriseCode":"91320800MA20TL004Y","district":"%s",
                 "districtName":"%s区","stage":"%s","major":true,"version":%d,"totalInvestment":120000.00,
                 "milestones":{"CONSTRUCTION_STARTED":{"plannedOn":"2026-12-10","actualOn":null}},
                 "team":{"chief":"li.na","leaderInCharge":"wang.jun","members":["zhang.wei"]},"change":%s}}"""
                .formatted(UUID.randomUUID(), type, projectId, time, projectId, district, district, stage, version, change));
    }

    private static void ticketEvent(UUID projectId, String type, UUID ticketId, String district, String status, int version) {
        KafkaProbe.send("assist.events", projectId.toString(), """
                {"specversion":"1.0","id":"%s","source":"/assist-service","type":"%s","subject":"%s","time":"2026-12-06T03:00:00Z",
                 "data":{"ticketId":"%s","title":"杆线阻挡施工","projectId":"%s","projectName":"通灵智能光伏接线盒项目",
                 "enterpriseCode":"91320800MA20TL004Y","district":"%s","major":true,"priority":"URGENT","status":"%s",
                 "blocksMilestone":"CONSTRUCTION_STARTED","version":%d,"change":{"limit":"RESOLUTION","toLabel":"项目长"}}}"""
                .formatted(UUID.randomUUID(), type, ticketId, ticketId, projectId, district, status, version));
    }

    @Test
    void supervisorsGetOneBriefADayAndEachReminderOnce() throws Exception {
        String district = "d" + UUID.randomUUID().toString().substring(0, 8);
        UUID projectId = UUID.randomUUID();
        UUID ticketId = UUID.randomUUID();
        projectEvent(projectId, "project.registered", district, "SIGNED", 1, "2026-12-06T02:00:00Z", "{\"stage\":\"SIGNED\"}");
        projectEvent(projectId, "project.stage-changed", district, "LAND_ACQUIRED", 2, "2026-12-06T05:00:00Z",
                "{\"from\":\"SIGNED\",\"to\":\"LAND_ACQUIRED\",\"occurredOn\":\"2026-12-06\"}");
        ticketEvent(projectId, "ticket.submitted", ticketId, district, "SUBMITTED", 0);
        ticketEvent(projectId, "ticket.sla-breached", ticketId, district, "ACCEPTED", 2);
        ticketEvent(projectId, "ticket.escalated", ticketId, district, "ACCEPTED", 3);
        // business dates: a project signed in 2022 whose record is written today is no new signing of today
        projectEvent(UUID.randomUUID(), "project.registered", district, "SIGNED", 1, "2026-12-06T02:30:00Z",
                "{\"stage\":\"SIGNED\",\"stageSince\":\"2022-05-01\"}");
        // a ticket resolved, reopened and resolved again the same day is one ticket resolved
        UUID resolvedTwice = UUID.randomUUID();
        ticketEvent(projectId, "ticket.resolved", resolvedTwice, district, "RESOLVED", 4);
        ticketEvent(projectId, "ticket.reopened", resolvedTwice, district, "REOPENED", 5);
        ticketEvent(projectId, "ticket.resolved", resolvedTwice, district, "RESOLVED", 6);
        String supervisor = TestTokens.supervisor("sun.li", district);
        String member = TestTokens.staff("zhang.wei", null);
        await().atMost(Duration.ofSeconds(30)).until(() -> items(supervisor, "it.kind == 'TICKET_ESCALATED' && it.projectId == '" + projectId + "'").size() == 1);
        await().atMost(Duration.ofSeconds(30)).until(() -> items(TestTokens.enterprise("tl", "91320800MA20TL004Y"),
                "it.kind == 'TICKET_RESOLVED' && it.ticketId == '" + resolvedTwice + "'").size() == 2);

        clock.set(Instant.parse("2026-12-07T00:00:00Z")); // 08:00 in Shanghai: too early
        brief.sendDue();
        assertThat(items(supervisor, "it.kind == 'DAILY_BRIEF'")).isEmpty();
        clock.set(Instant.parse("2026-12-07T00:31:00Z")); // 08:31
        CompletableFuture.allOf(CompletableFuture.runAsync(brief::sendDue), CompletableFuture.runAsync(brief::sendDue)).get();
        brief.sendDue();
        List<Map<String, Object>> briefs = items(supervisor, "it.kind == 'DAILY_BRIEF'");
        assertThat(briefs).hasSize(1);
        assertThat(briefs.get(0).get("title")).as("the district by its name").isEqualTo("12月6日日通报（" + district + "区）");
        assertThat((String) briefs.get(0).get("body")).contains("新签约项目 1 个，计划总投资 120000.00 万元")
                .contains("项目阶段变化 2 次").contains("新增 1 件、已办理 1 件、办结 0 件、超时 1 件").contains("升级督办 1 件");
        assertThat(items(TestTokens.supervisor("qian", "elsewhere"), "it.kind == 'DAILY_BRIEF' && it.title.contains('" + district + "')")).isEmpty();

        // the same brief on demand, and today's so far (nothing yet, not sent)
        given().auth().oauth2(supervisor).queryParam("day", "2026-12-06").get("/api/v1/briefs/" + district).then().statusCode(200)
                .body("title", equalTo("12月6日日通报（" + district + "区）")).body("sent", equalTo(true))
                .body("counts.TICKET_OPENED", equalTo(1)).body("counts.TICKET_OVERDUE", equalTo(1)).body("counts.ESCALATED", equalTo(1))
                .body("body", equalTo(briefs.get(0).get("body")));
        given().auth().oauth2(supervisor).get("/api/v1/briefs/" + district).then().statusCode(200)
                .body("day", equalTo("2026-12-07")).body("sent", equalTo(false)).body("counts.TICKET_OPENED", equalTo(0));
        given().auth().oauth2(TestTokens.supervisor("qian", "elsewhere")).get("/api/v1/briefs/" + district).then().statusCode(404);
        given().auth().oauth2(member).get("/api/v1/briefs/" + district).then().statusCode(403);
        given().auth().oauth2(supervisor).queryParam("day", "2026-02-30").get("/api/v1/briefs/" + district).then().statusCode(400);

        // 7 December: the open ticket blocks a start planned on the 10th → at risk; on the 11th the start is overdue too
        CompletableFuture.allOf(CompletableFuture.runAsync(reminders::sendDue), CompletableFuture.runAsync(reminders::sendDue)).get();
        assertThat(items(member, "it.kind == 'MILESTONE_AT_RISK' && it.projectId == '" + projectId + "'")).hasSize(1);
        assertThat(items(supervisor, "it.kind == 'MILESTONE_AT_RISK' && it.projectId == '" + projectId + "'")).hasSize(1);
        assertThat(items(member, "it.kind == 'PROJECT_START_OVERDUE' && it.projectId == '" + projectId + "'")).isEmpty();
        clock.set(Instant.parse("2026-12-11T01:00:00Z"));
        reminders.sendDue();
        reminders.sendDue();
        assertThat(items(member, "it.kind == 'PROJECT_START_OVERDUE' && it.projectId == '" + projectId + "'")).hasSize(1);
        assertThat(items(supervisor, "it.kind == 'PROJECT_START_OVERDUE' && it.projectId == '" + projectId + "'")).hasSize(1);
        assertThat(items(member, "it.kind == 'MILESTONE_AT_RISK' && it.projectId == '" + projectId + "'")).hasSize(1);

        // resolved: the ticket no longer blocks anything
        ticketEvent(projectId, "ticket.resolved", ticketId, district, "RESOLVED", 4);
        await().atMost(Duration.ofSeconds(30)).until(() -> items(TestTokens.enterprise("tl", "91320800MA20TL004Y"),
                "it.kind == 'TICKET_RESOLVED' && it.ticketId == '" + ticketId + "'").size() == 1);
        clock.set(Instant.parse("2026-12-12T01:00:00Z"));
        reminders.sendDue();
        assertThat(items(member, "it.kind == 'MILESTONE_AT_RISK' && it.projectId == '" + projectId + "'")).hasSize(1);
    }
}
