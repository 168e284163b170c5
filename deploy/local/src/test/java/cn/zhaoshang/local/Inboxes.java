package cn.zhaoshang.local;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reading whole inboxes from notify-service, and what the stack tests check in them. */
final class Inboxes {

    static final int NOTIFY = 8083;

    private Inboxes() {
    }

    /**
     * The whole inbox on one notify-service instance, oldest first. Pages are read while notifications still arrive,
     * so one can slide onto the next page and be read twice: the same notification (by id) counts once, while two
     * notifications of the same thing stay two.
     */
    static List<JsonNode> read(RunningStack stack, int notifyPort, String token) throws Exception {
        Map<String, JsonNode> byId = new LinkedHashMap<>();
        for (int page = 0; ; page++) {
            JsonNode items = stack.get(notifyPort, "/api/v1/notifications?size=100&page=" + page, token).get("items");
            items.forEach(item -> byId.putIfAbsent(item.get("id").asText(), item));
            if (items.size() < 100) {
                break;
            }
        }
        List<JsonNode> all = new ArrayList<>(byId.values());
        all.sort(Comparator.comparingLong(item -> item.get("sequence").asLong()));
        return all;
    }

    /** Reads the inbox until it satisfies {@code done}; fails after {@code patience}. */
    static List<JsonNode> await(RunningStack stack, String token, Duration patience, Predicate<List<JsonNode>> done) throws Exception {
        Instant deadline = Instant.now().plus(patience);
        List<JsonNode> inbox = read(stack, NOTIFY, token);
        while (!done.test(inbox) && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
            inbox = read(stack, NOTIFY, token);
        }
        assertTrue(done.test(inbox), "not everything arrived within " + patience.toSeconds() + " s: " + inbox.size() + " notifications");
        return inbox;
    }

    static long count(List<JsonNode> inbox, String kind) {
        return inbox.stream().filter(n -> n.get("kind").asText().equals(kind)).count();
    }

    /** The tickets named by notifications of one kind, with repeats. */
    static List<String> ticketsOf(List<JsonNode> inbox, String kind) {
        return inbox.stream().filter(n -> n.get("kind").asText().equals(kind)).map(n -> n.get("ticketId").asText()).toList();
    }

    /** Exactly one notification of this kind for every ticket, none for any other. */
    static void assertOncePerTicket(List<JsonNode> inbox, String kind, Collection<String> tickets) {
        List<String> notified = ticketsOf(inbox, kind);
        assertEquals(tickets.size(), notified.size(), kind + ": one per ticket, no repeats");
        assertEquals(new HashSet<>(tickets), new HashSet<>(notified), kind + ": every ticket");
    }
}
