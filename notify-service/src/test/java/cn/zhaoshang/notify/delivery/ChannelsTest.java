package cn.zhaoshang.notify.delivery;

import cn.zhaoshang.notify.SmtpServer;
import cn.zhaoshang.notify.WebhookReceiver;
import cn.zhaoshang.testsupport.RealInfrastructure;
import cn.zhaoshang.testsupport.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static cn.zhaoshang.notify.NotifyFixtures.items;
import static cn.zhaoshang.notify.NotifyFixtures.projectWithTeam;
import static cn.zhaoshang.notify.NotifyFixtures.publish;
import static cn.zhaoshang.notify.NotifyFixtures.ticketEvent;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** E-mail to a real SMTP server, signed webhooks with retries, quiet hours, and the record of every attempt. */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "notify_service"))
@QuarkusTestResource(SmtpServer.class)
class ChannelsTest {

    private static final String SECRET = "wecom-robot-secret-0001";
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private static String district() {
        return "d" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static UUID notificationId(String token, UUID ticketId, String kind) {
        await().atMost(Duration.ofSeconds(30)).until(() -> !items(token, "it.ticketId == '" + ticketId + "' && it.kind == '" + kind + "'").isEmpty());
        return UUID.fromString((String) items(token, "it.ticketId == '" + ticketId + "' && it.kind == '" + kind + "'").get(0).get("id"));
    }

    private static JsonPath deliveries(String token, UUID notificationId) {
        return given().auth().oauth2(token).queryParam("notificationId", notificationId).get("/api/v1/deliveries")
                .then().statusCode(200).extract().jsonPath();
    }

    @Test
    void theTeamMemberGetsTheNewTicketByEmailAndTheSupervisorsRobotGetsTheBreachSignedAfterRetries() throws Exception {
        String district = district();
        String member = TestTokens.staff("zhang.wei", null);
        String supervisor = TestTokens.supervisor("sun.li", district);
        UUID projectId = projectWithTeam(district, member);
        given().auth().oauth2(member).contentType("application/json")
                .body(Map.of("email", "zhang.wei@etdz.gov.cn", "channels", Map.of("NEW_TICKET", List.of("EMAIL"))))
                .put("/api/v1/preferences").then().statusCode(200).body("saved", equalTo(true));

        try (WebhookReceiver robot = new WebhookReceiver(SECRET, 2)) {
            given().auth().oauth2(supervisor).contentType("application/json")
                    .body(Map.of("url", robot.url(), "secret", SECRET, "kinds", List.of("SLA_BREACHED")))
                    .post("/api/v1/webhooks").then().statusCode(201).body("secret", equalTo(SECRET));
            given().auth().oauth2(supervisor).get("/api/v1/webhooks").then().body("url", hasItem(robot.url()))
                    .body("[0].secret", org.hamcrest.Matchers.nullValue());

            UUID ticketId = UUID.randomUUID();
            publish(projectId, ticketEvent("ticket.submitted", ticketId, projectId, district, "NORMAL", "{}"));
            publish(projectId, ticketEvent("ticket.sla-breached", ticketId, projectId, district, "NORMAL",
                    "{\"limit\":\"RESOLUTION\",\"dueAt\":\"2026-12-01T04:00:00Z\"}"));

            await().atMost(Duration.ofSeconds(30)).until(() -> Arrays.stream(SmtpServer.received())
                    .anyMatch(m -> recipient(m).equals("zhang.wei@etdz.gov.cn") && subject(m).contains("新帮办诉求")));
            await().atMost(Duration.ofSeconds(30)).until(() -> robot.calls().stream().anyMatch(c -> c.answered() == 200));
            assertThat(robot.calls()).extracting(WebhookReceiver.Call::answered).containsExactly(503, 503, 200);
            assertThat(robot.calls()).allMatch(WebhookReceiver.Call::signatureValid);
            assertThat(robot.calls().get(2).body()).contains("\"msgtype\":\"text\"").contains("超时督办").contains(ticketId.toString());

            UUID breach = notificationId(supervisor, ticketId, "SLA_BREACHED");
            JsonPath record = deliveries(supervisor, breach);
            assertThat(record.getList("channel")).containsExactly("WEBHOOK");
            assertThat(record.getString("[0].status")).isEqualTo("SENT");
            assertThat(record.getList("[0].history.outcome")).containsExactly("RETRY", "RETRY", "SENT");
            assertThat(record.getList("[0].history.httpStatus")).containsExactly(503, 503, 200);
            UUID newTicket = notificationId(member, ticketId, "NEW_TICKET");
            assertThat(deliveries(member, newTicket).getList("status")).containsExactly("SENT");
            given().auth().oauth2(TestTokens.enterprise("x", "91320803MA1XKB802Y")).queryParam("notificationId", newTicket)
                    .get("/api/v1/deliveries").then().statusCode(404);
            // overseen: an admin and the district's supervisor read the team member's delivery; another district's do not
            for (String overseer : List.of(TestTokens.admin(), supervisor, TestTokens.supervisor("city.wide", "*"))) {
                assertThat(deliveries(overseer, newTicket).getList("recipient")).contains("zhang.wei");
            }
            given().auth().oauth2(TestTokens.supervisor("elsewhere", "lianshui")).queryParam("notificationId", newTicket)
                    .get("/api/v1/deliveries").then().statusCode(404);
            given().auth().oauth2(TestTokens.admin()).queryParam("notificationId", UUID.randomUUID())
                    .get("/api/v1/deliveries").then().statusCode(404);
            assertThat(Arrays.stream(SmtpServer.received()).filter(m -> subject(m).contains("新帮办诉求")
                    && recipient(m).equals("zhang.wei@etdz.gov.cn")).count()).as("one e-mail, not one per retry").isEqualTo(1);
        }
    }

    @Test
    void aRobotThatKeepsFailingIsGivenUpOnAndRecorded() throws Exception {
        String district = district();
        String supervisor = TestTokens.supervisor("zhou.jin", district);
        UUID projectId = projectWithTeam(district, TestTokens.staff("zhang.wei", null));
        try (WebhookReceiver robot = new WebhookReceiver(SECRET, 1000)) {
            given().auth().oauth2(supervisor).contentType("application/json").body(Map.of("url", robot.url(), "secret", SECRET))
                    .post("/api/v1/webhooks").then().statusCode(201);
            UUID ticketId = UUID.randomUUID();
            publish(projectId, ticketEvent("ticket.escalated", ticketId, projectId, district, "NORMAL",
                    "{\"toLabel\":\"项目长\",\"reason\":\"超时\"}"));
            UUID escalated = notificationId(supervisor, ticketId, "TICKET_ESCALATED");
            await().atMost(Duration.ofSeconds(40)).until(() -> "GAVE_UP".equals(deliveries(supervisor, escalated).getString("[0].status")));
            assertThat(deliveries(supervisor, escalated).getList("[0].history")).hasSize(4);
            assertThat(robot.calls()).hasSize(4);
        }
    }

    @Test
    void quietHoursHoldNormalMailButNotUrgentMail() {
        String district = district();
        String enterprise = TestTokens.enterprise("tongling.cfo", "91320800MA20TL004Y");
        UUID projectId = projectWithTeam(district, TestTokens.staff("zhang.wei", null));
        LocalTime now = LocalTime.now(ZoneId.of("Asia/Shanghai"));
        String quietEnd = now.plusHours(2).format(HH_MM);
        given().auth().oauth2(enterprise).contentType("application/json")
                .body(Map.of("email", "cfo@tongling.com", "quietStart", now.minusHours(1).format(HH_MM), "quietEnd", quietEnd,
                        "channels", Map.of("TICKET_ACCEPTED", List.of("EMAIL"), "TICKET_RECEIVED", List.of("EMAIL"))))
                .put("/api/v1/preferences").then().statusCode(200);

        UUID quiet = UUID.randomUUID();
        UUID urgent = UUID.randomUUID();
        publish(projectId, ticketEvent("ticket.accepted", quiet, projectId, district, "NORMAL", "{}"));
        publish(projectId, ticketEvent("ticket.submitted", urgent, projectId, district, "URGENT", "{}"));
        UUID held = notificationId(enterprise, quiet, "TICKET_ACCEPTED");
        UUID received = notificationId(enterprise, urgent, "TICKET_RECEIVED");
        JsonPath heldRecord = deliveries(enterprise, held);
        assertThat(heldRecord.getString("[0].status")).isEqualTo("PENDING");
        Instant heldUntil = Instant.parse(heldRecord.getString("[0].nextAttemptAt"));
        assertThat(heldUntil.atZone(ZoneId.of("Asia/Shanghai")).toLocalTime().format(HH_MM)).isEqualTo(quietEnd);
        // TICKET_RECEIVED is a normal notification too: held as well; its urgency comes from the event, not the ticket
        assertThat(deliveries(enterprise, received).getString("[0].status")).isEqualTo("PENDING");
    }

    @Test
    void badPreferencesAndWebhooksAreRefusedByName() {
        String staff = TestTokens.staff("li.na", "etdz");
        given().auth().oauth2(staff).get("/api/v1/preferences").then().statusCode(200).body("saved", equalTo(false))
                .body("kinds.SLA_BREACHED", equalTo("超时"));
        given().auth().oauth2(staff).contentType("application/json").body(Map.of("email", "not-an-address"))
                .put("/api/v1/preferences").then().statusCode(400).body("violations.field", hasItem(containsString("email")));
        given().auth().oauth2(staff).contentType("application/json").body(Map.of("channels", Map.of("GOSSIP", List.of("EMAIL"))))
                .put("/api/v1/preferences").then().statusCode(400).body("detail", containsString("GOSSIP"));
        given().auth().oauth2(staff).contentType("application/json").body(Map.of("quietStart", "22:00"))
                .put("/api/v1/preferences").then().statusCode(400).body("detail", containsString("quiet"));
        given().auth().oauth2(staff).contentType("application/json").body(Map.of("quietStart", "25:00", "quietEnd", "07:00"))
                .put("/api/v1/preferences").then().statusCode(400);
        given().auth().oauth2(staff).contentType("application/json").body(Map.of("url", "ftp://robot"))
                .post("/api/v1/webhooks").then().statusCode(400);
        given().auth().oauth2(TestTokens.enterprise("e", "91320800MA20TL004Y")).contentType("application/json")
                .body(Map.of("url", "http://127.0.0.1:9/robot")).post("/api/v1/webhooks").then().statusCode(403);
        String id = given().auth().oauth2(staff).contentType("application/json").body(Map.of("url", "http://127.0.0.2:9/robot"))
                .post("/api/v1/webhooks").then().statusCode(201).extract().path("id");
        given().auth().oauth2(TestTokens.staff("someone.else", "etdz")).delete("/api/v1/webhooks/" + id).then().statusCode(404);
        given().auth().oauth2(staff).delete("/api/v1/webhooks/" + id).then().statusCode(204);
        given().auth().oauth2(staff).get("/api/v1/deliveries").then().statusCode(400);
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String recipient(MimeMessage m) {
        try {
            return m.getAllRecipients()[0].toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
