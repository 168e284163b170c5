package cn.zhaoshang.notify;

import cn.zhaoshang.testsupport.KafkaProbe;
import cn.zhaoshang.testsupport.RealInfrastructure;
import cn.zhaoshang.testsupport.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static cn.zhaoshang.notify.NotifyFixtures.projectWithTeam;
import static cn.zhaoshang.notify.NotifyFixtures.ticketEvent;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A browser's EventSource cannot send a token: it opens the stream with a short-lived, single-use ticket instead. */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "notify_service"))
class StreamTicketsTest {

    @TestHTTPResource("/api/v1/notifications/stream")
    URL stream;

    @Test
    void aTicketOpensTheCallersStreamOnceWithoutAToken() throws Exception {
        String district = "d" + UUID.randomUUID().toString().substring(0, 8);
        String member = TestTokens.staff("zhang.wei", null);
        UUID projectId = projectWithTeam(district, member);
        JsonPath issued = given().auth().oauth2(member).post("/api/v1/notifications/stream-tickets").then().statusCode(201)
                .extract().jsonPath();
        String ticket = issued.getString("ticket");
        assertThat(ticket).hasSizeGreaterThanOrEqualTo(43);
        assertThat(Instant.parse(issued.getString("expiresAt"))).isBefore(Instant.now().plusSeconds(61));
        assertThat(issued.getString("streamUrl")).isEqualTo("/api/v1/notifications/stream?ticket=" + ticket);

        UUID ticketId = UUID.randomUUID();
        try (SseClient browser = new SseClient(stream + "?ticket=" + ticket, null, null)) {
            KafkaProbe.send("assist.events", projectId.toString(), ticketEvent("ticket.submitted", ticketId, projectId, district, "URGENT", "{}"));
            SseClient.Event seen = browser.next(Duration.ofSeconds(30));
            assertThat(seen).isNotNull();
            assertThat(seen.data()).contains(ticketId.toString());
            // used once: the same ticket opens nothing again
            assertThatThrownBy(() -> new SseClient(stream + "?ticket=" + ticket, null, null)).hasMessageContaining("401");
        }
    }

    @Test
    void withoutAValidTicketOrTokenTheStreamStaysShut() {
        given().get("/api/v1/notifications/stream").then().statusCode(401);
        given().queryParam("ticket", "not-a-ticket").get("/api/v1/notifications/stream").then().statusCode(401)
                .contentType("application/problem+json");
        given().post("/api/v1/notifications/stream-tickets").then().statusCode(401);
    }
}
