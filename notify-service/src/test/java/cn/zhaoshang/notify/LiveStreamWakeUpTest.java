package cn.zhaoshang.notify;

import cn.zhaoshang.testsupport.RealInfrastructure;
import cn.zhaoshang.testsupport.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Streams are woken, not polled (the test profile's safety poll is 10 minutes): a notification another replica stored —
 * written here straight to the shared table, with the notice that replica's inbox sends in its transaction — reaches an
 * open stream on this one within a second or two.
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "notify_service"))
class LiveStreamWakeUpTest {

    @TestHTTPResource("/api/v1/notifications/stream")
    URL stream;
    @Inject
    DataSource dataSource;

    @Test
    void aNotificationStoredByAnotherReplicaReachesAnOpenStreamAtOnce() throws Exception {
        String subject = "wake." + UUID.randomUUID().toString().substring(0, 8);
        try (SseClient live = new SseClient(stream.toString(), TestTokens.staff(subject, null), null)) {
            Thread.sleep(300); // the stream is open
            UUID id = UUID.randomUUID();
            Instant stored = Instant.now();
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(false);
                try (PreparedStatement insert = connection.prepareStatement("""
                        insert into notification (id, audience_type, audience_key, kind, urgency, title, body, source_event_id, created_at)
                        values (?, 'USER', ?, 'TICKET_ASSIGNED_TO_YOU', 'NORMAL', '交办给您：测试', '另一副本写入', ?, now())""")) {
                    insert.setObject(1, id);
                    insert.setString(2, subject);
                    insert.setString(3, UUID.randomUUID().toString());
                    insert.executeUpdate();
                }
                try (Statement notice = connection.createStatement()) {
                    notice.execute("select pg_notify('notification_stored', '')");
                }
                connection.commit();
            }
            SseClient.Event event = live.next(Duration.ofSeconds(5));
            assertThat(event).as("pushed, not found by the poll").isNotNull();
            assertThat(event.data()).contains(id.toString());
            assertThat(Duration.between(stored, Instant.now())).isLessThan(Duration.ofSeconds(5));
            // the wire as an EventSource reads it: the event's name and id, its data the notification as a JSON
            // object (not a JSON string), and no field outside the standard
            assertThat(event.name()).isEqualTo("TICKET_ASSIGNED_TO_YOU");
            assertThat(event.id()).matches("[0-9]+");
            assertThat(event.data()).startsWith("{\"id\":\"" + id + "\"");
            assertThat(live.otherFields()).as("fields outside the SSE standard").isEmpty();
        }
    }

    @Test
    void eachStreamKeepsWhatItsReaderMaySeeFromOneLook() throws Exception {
        String a = "look.a." + UUID.randomUUID().toString().substring(0, 8);
        String b = "look.b." + UUID.randomUUID().toString().substring(0, 8);
        String enterprise = "91320800MA20TL004Y";
        try (SseClient forA = new SseClient(stream.toString(), TestTokens.staff(a, null), null);
             SseClient forB = new SseClient(stream.toString(), TestTokens.staff(b, null), null);
             SseClient forEnterprise = new SseClient(stream.toString(), TestTokens.enterprise("tl." + a, enterprise), null)) {
            Thread.sleep(300); // the streams are open
            UUID toA = UUID.randomUUID();
            UUID toEnterprise = UUID.randomUUID();
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(false);
                insert(connection, toA, "USER", a);
                insert(connection, toEnterprise, "ENTERPRISE", enterprise);
                try (Statement notice = connection.createStatement()) {
                    notice.execute("select pg_notify('notification_stored', '')");
                }
                connection.commit();
            }
            SseClient.Event first = forA.next(Duration.ofSeconds(5));
            assertThat(first).isNotNull();
            assertThat(first.data()).contains(toA.toString()).doesNotContain(toEnterprise.toString());
            SseClient.Event theirs = forEnterprise.next(Duration.ofSeconds(5));
            assertThat(theirs).isNotNull();
            assertThat(theirs.data()).contains(toEnterprise.toString());
            assertThat(forB.next(Duration.ofSeconds(2))).as("nothing for B").isNull();
            assertThat(forA.next(Duration.ofMillis(500))).as("nothing else for A").isNull();
        }
    }

    private static void insert(Connection connection, UUID id, String audience, String key) throws Exception {
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into notification (id, audience_type, audience_key, kind, urgency, title, body, source_event_id, created_at)
                values (?, ?, ?, 'TICKET_ASSIGNED_TO_YOU', 'NORMAL', '交办给您：测试', '另一副本写入', ?, now())""")) {
            insert.setObject(1, id);
            insert.setString(2, audience);
            insert.setString(3, key);
            insert.setString(4, UUID.randomUUID().toString());
            insert.executeUpdate();
        }
    }
}
