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
import java.util.stream.Stream;

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
    void anEventTwiceInOneBatchOrHandledBeforeIsStoredOnceAndTheRestKeepTheirOrder() throws Exception {
        String district = "d" + UUID.randomUUID().toString().substring(0, 8);
        UUID projectId = projectWithTeam(district, TestTokens.staff("zhang.wei", null));
        UUID first = UUID.randomUUID();
        String handledBefore = ticketEvent("ticket.submitted", first, projectId, district, "NORMAL", "{}");
        KafkaProbe.sendAll("assist.events", projectId.toString(), List.of(handledBefore));
        await().atMost(Duration.ofSeconds(60)).until(() -> newTickets(projectId)[0] == 1);

        List<UUID> later = new ArrayList<>();
        List<String> events = new ArrayList<>(List.of(handledBefore));
        for (int i = 0; i < 20; i++) {
            UUID ticket = UUID.randomUUID();
            later.add(ticket);
            String event = ticketEvent("ticket.submitted", ticket, projectId, district, "NORMAL", "{}");
            events.add(event);
            if (i % 5 == 0) {
                events.add(event);
            }
        }
        KafkaProbe.sendAll("assist.events", projectId.toString(), events);

        await().atMost(Duration.ofSeconds(60)).until(() -> newTickets(projectId)[0] == 21);
        // a repeat arriving late would add a row after the count was reached: look again a moment later
        Thread.sleep(1000);
        assertThat(newTickets(projectId)[0]).as("each ticket's notification once").isEqualTo(21);
        assertThat(ticketsInSequence(projectId)).as("in the order the events came").isEqualTo(
                Stream.concat(Stream.of(first), later.stream()).toList());
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

    /** The tickets of the project's NEW_TICKET notifications, by sequence number. */
    private List<UUID> ticketsInSequence(UUID projectId) throws Exception {
        try (Connection connection = dataSource.getConnection(); PreparedStatement query = connection.prepareStatement(
                "select ticket_id from notification where project_id = ? and kind = 'NEW_TICKET' order by seq")) {
            query.setObject(1, projectId);
            List<UUID> tickets = new ArrayList<>();
            try (ResultSet result = query.executeQuery()) {
                while (result.next()) {
                    tickets.add(result.getObject(1, UUID.class));
                }
            }
            return tickets;
        }
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
