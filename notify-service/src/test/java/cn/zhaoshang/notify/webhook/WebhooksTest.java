package cn.zhaoshang.notify.webhook;

import cn.zhaoshang.notify.WebhookReceiver;
import cn.zhaoshang.testsupport.RealInfrastructure;
import cn.zhaoshang.testsupport.TestTokens;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static cn.zhaoshang.notify.NotifyFixtures.items;
import static cn.zhaoshang.notify.NotifyFixtures.projectWithTeam;
import static cn.zhaoshang.notify.NotifyFixtures.publish;
import static cn.zhaoshang.notify.NotifyFixtures.ticketEvent;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/**
 * Webhooks against their own users: no target inside (at registration and again at delivery), a slow target
 * holds up nobody else, a cap per owner, and nobody but the owner sees a URL's access key. Every listener here is
 * on loopback; the test configuration opens 127.0.0.2 alone, so 127.0.0.1 is as closed as any internal address.
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "notify_service"))
class WebhooksTest {

    private static final String SECRET = "wecom-robot-secret-0002";

    private static String district() {
        return "w" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void internalTargetsAreRefusedAtRegistrationWithTheReason() {
        String staff = TestTokens.staff("ssrf.tester", district());
        for (String url : List.of("http://127.0.0.1:8099/faults/kafka/stop", "http://localhost:9/", "http://[::1]:9/",
                "http://0.0.0.0:9/", "http://127.1/", "http://2130706433/", "http://0x7f000001/", "http://user:pw@127.0.0.1/",
                "http://169.254.169.254/latest/meta-data/", "http://metadata.google.internal/computeMetadata/v1/",
                "http://100.100.100.200/latest/meta-data/", "http://[fd00:ec2::254]/", "http://[::ffff:127.0.0.1]/",
                "http://10.0.0.1/", "http://192.168.0.1/", "http://a^b/", "http://[::1/", "ftp://robot/")) {
            given().auth().oauth2(staff).contentType("application/json").body(Map.of("url", url))
                    .post("/api/v1/webhooks").then().statusCode(400)
                    .body("violations[0].field", equalTo("url")).body("detail", containsString("the URL"));
        }
        given().auth().oauth2(staff).get("/api/v1/webhooks").then().statusCode(200).body("size()", equalTo(0));
    }

    @Test
    void aTargetThatTurnsInternalIsRefusedAtDeliveryAndTheLogSaysOnlyThat() throws Exception {
        AtomicInteger reached = new AtomicInteger();
        HttpServer inside = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        inside.createContext("/", exchange -> {
            reached.incrementAndGet();
            exchange.sendResponseHeaders(401, -1);
            exchange.close();
        });
        inside.start();
        try {
            String district = district();
            String supervisor = TestTokens.supervisor("rebound.owner", district);
            UUID projectId = projectWithTeam(district, TestTokens.staff("zhang.wei", null));
            // registered while its name pointed outside; by now it resolves to loopback (written as the rows were)
            QuarkusTransaction.requiringNew().run(() -> {
                Webhook hook = new Webhook();
                hook.id = UUID.randomUUID();
                hook.owner = "rebound.owner";
                hook.district = district;
                hook.supervises = true;
                hook.url = "http://127.0.0.1:" + inside.getAddress().getPort() + "/robot";
                hook.secret = SECRET;
                hook.createdAt = Instant.now();
                hook.persist();
            });
            UUID ticketId = UUID.randomUUID();
            publish(projectId, ticketEvent("ticket.escalated", ticketId, projectId, district, "NORMAL",
                    "{\"toLabel\":\"项目长\",\"reason\":\"超时\"}"));
            UUID escalated = notification(supervisor, ticketId, "TICKET_ESCALATED");
            await().atMost(Duration.ofSeconds(30)).until(() -> "FAILED".equals(deliveries(supervisor, escalated).getString("[0].status")));
            JsonPath record = deliveries(supervisor, escalated);
            assertThat(record.getString("[0].lastError")).isEqualTo("refused: the target is not allowed");
            assertThat(record.getList("[0].history")).hasSize(1);
            assertThat(record.getString("[0].history[0].httpStatus")).isNull();
            assertThat(reached.get()).as("nothing was sent inside").isZero();
        } finally {
            inside.stop(0);
        }
    }

    @Test
    void slowTargetsHoldUpNobodyElse() throws Exception {
        String district = district();
        String patient = TestTokens.supervisor("patient.owner", district);
        String other = TestTokens.supervisor("other.owner", district);
        UUID projectId = projectWithTeam(district, TestTokens.staff("zhang.wei", null));
        List<WebhookReceiver> slow = new ArrayList<>();
        try (WebhookReceiver fast = new WebhookReceiver(SECRET, 0)) {
            for (int i = 0; i < 4; i++) {
                slow.add(new WebhookReceiver(SECRET, 0, Duration.ofSeconds(10)));
                register(patient, slow.get(i).url());
            }
            register(other, fast.url());
            List<UUID> tickets = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                UUID ticketId = UUID.randomUUID();
                tickets.add(ticketId);
                publish(projectId, ticketEvent("ticket.escalated", ticketId, projectId, district, "NORMAL",
                        "{\"toLabel\":\"项目长\",\"reason\":\"超时\"}"));
            }
            await().atMost(Duration.ofSeconds(30)).until(() -> fast.calls().size() >= 3);
            for (UUID ticketId : tickets) {
                Instant created = Instant.parse((String) items(other, "it.ticketId == '" + ticketId + "'").get(0).get("createdAt"));
                Instant arrived = fast.calls().stream().filter(c -> c.body().contains(ticketId.toString())).findFirst().orElseThrow().arrived();
                assertThat(Duration.between(created, arrived)).as("the fast robot's call for " + ticketId)
                        .isLessThan(Duration.ofMillis(2500));
            }
            assertThat(slow).allSatisfy(robot -> assertThat(robot.calls()).isNotEmpty());
        } finally {
            slow.forEach(WebhookReceiver::close);
        }
    }

    @Test
    void oneOwnerMayHaveTwentyAndNobodyElseSeesTheAccessKey() {
        String staff = TestTokens.staff("many.hooks", district());
        for (int i = 0; i < 20; i++) {
            register(staff, "http://127.0.0.2:9/cgi-bin/webhook/send?key=secret-key-" + i);
        }
        given().auth().oauth2(staff).contentType("application/json").body(Map.of("url", "http://127.0.0.2:9/one-more"))
                .post("/api/v1/webhooks").then().statusCode(409).body("detail", containsString("20"));
        given().auth().oauth2(staff).get("/api/v1/webhooks").then().statusCode(200).body("size()", equalTo(20))
                .body("[0].url", containsString("?key=secret-key-"))
                .body("[0].target", equalTo("http://127.0.0.2:9/cgi-bin/webhook/send"));
        String admin = given().auth().oauth2(TestTokens.admin()).get("/api/v1/webhooks").then().statusCode(200)
                .body("findAll { it.owner == 'many.hooks' }.size()", equalTo(20))
                .body("find { it.owner == 'many.hooks' }.url", nullValue())
                .extract().asString();
        assertThat(admin).doesNotContain("secret-key-");
    }

    private static void register(String token, String url) {
        given().auth().oauth2(token).contentType("application/json").body(Map.of("url", url, "secret", SECRET))
                .post("/api/v1/webhooks").then().statusCode(201);
    }

    private static UUID notification(String token, UUID ticketId, String kind) {
        String condition = "it.ticketId == '" + ticketId + "' && it.kind == '" + kind + "'";
        await().atMost(Duration.ofSeconds(30)).until(() -> !items(token, condition).isEmpty());
        return UUID.fromString((String) items(token, condition).get(0).get("id"));
    }

    private static JsonPath deliveries(String token, UUID notificationId) {
        return given().auth().oauth2(token).queryParam("notificationId", notificationId).get("/api/v1/deliveries")
                .then().statusCode(200).extract().jsonPath();
    }
}
