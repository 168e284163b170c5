package cn.zhaoshang.notify.inbound;

import cn.zhaoshang.testsupport.KafkaProbe;
import cn.zhaoshang.testsupport.RealInfrastructure;
import cn.zhaoshang.testsupport.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static cn.zhaoshang.notify.NotifyFixtures.projectWithTeam;
import static cn.zhaoshang.notify.NotifyFixtures.ticketEvent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Ticket events are taken a poll at a time, in one transaction each; a bad record is refused alone. */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "notify_service"))
class BatchIntakeTest {

    @Inject
    DataSource dataSource;

    @Test
    void manyEventsAreStoredInFewTransactions() throws Exception {
        String district = "d" + UUID.randomUUID().toString().substring(0, 8);
        UUID projectId = projectWithTeam(district, TestTokens.staff("zhang.wei", null));
        List<String> events = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            events.add(ticketEvent("ticket.submitted", UUID.randomUUID(), projectId, district, "NORMAL", "{}"));
        }
        KafkaProbe.sendAll("assist.events", projectId.toString(), events);

        await().atMost(Duration.ofSeconds(60)).until(() -> newTickets(projectId)[0] == 200);
        long[] stored = newTickets(projectId);
        // xmin is the transaction that inserted a row: one per poll, not one per event
        assertThat(stored[1]).as("transactions for 200 events").isLessThanOrEqualTo(20);
    }

    @Test
    void anUnreadableRecordAndAnEventThatCannotBeHandledGoToTheDeadLetterTopicAloneAndTheRestIsKept() throws Exception {
        String district = "d" + UUID.randomUUID().toString().substring(0, 8);
        UUID projectId = projectWithTeam(district, TestTokens.staff("zhang.wei", null));
        String marker = UUID.randomUUID().toString();
        List<String> events = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            events.add(ticketEvent("ticket.submitted", UUID.randomUUID(), projectId, district, "NORMAL", "{}"));
            if (i == 10) {
                events.add("{\"id\":\"" + marker + "-unreadable\",\"type\":");
            }
            if (i == 20) {
                // a readable envelope whose data does not fit the contract: fails while handled
                events.add("{\"specversion\":\"1.0\",\"id\":\"" + marker + "-misfit\",\"source\":\"/assist-service\","
                        + "\"type\":\"ticket.submitted\",\"data\":{\"ticketId\":\"not a uuid\"}}");
            }
        }
        KafkaProbe.sendAll("assist.events", projectId.toString(), events);

        await().atMost(Duration.ofSeconds(60)).until(() -> newTickets(projectId)[0] == 30);
        assertThat(KafkaProbe.await("notify.assist-events.dlq", r -> r.value().contains(marker), 2, Duration.ofSeconds(30)))
                .as("both refused").hasSize(2);
        assertThat(KafkaProbe.await("notify.assist-events.dlq", r -> r.value().contains(marker), 3, Duration.ofSeconds(3)))
                .as("once each").hasSize(2);
        assertThat(KafkaProbe.await("notify.assist-events.dlq", r -> r.value().contains(projectId.toString()), 1,
                Duration.ofSeconds(2))).as("no good event refused with them").isEmpty();
    }

    /** The team member's NEW_TICKET notifications of the project: how many, and in how many transactions. */
    private long[] newTickets(UUID projectId) throws Exception {
        try (Connection connection = dataSource.getConnection(); PreparedStatement query = connection.prepareStatement(
                "select count(*), count(distinct xmin::text) from notification where project_id = ? and kind = 'NEW_TICKET'")) {
            query.setObject(1, projectId);
            try (ResultSet result = query.executeQuery()) {
                result.next();
                return new long[] {result.getLong(1), result.getLong(2)};
            }
        }
    }
}
