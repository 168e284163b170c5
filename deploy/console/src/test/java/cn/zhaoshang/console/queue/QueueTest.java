package cn.zhaoshang.console.queue;

import cn.zhaoshang.console.Json;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class QueueTest {

    @Test
    void eachOpenTicketGoesToItsMostPressingLane() {
        assertEquals(Queue.Lane.NEW, Queue.laneOf(Json.of(
                "{'status':'SUBMITTED','responseRemainingWorkingMinutes':239,'resolutionRemainingWorkingMinutes':1800}")));
        assertEquals(Queue.Lane.DUE_SOON, Queue.laneOf(Json.of(
                "{'status':'SUBMITTED','responseRemainingWorkingMinutes':30,'resolutionRemainingWorkingMinutes':1800}")),
                "a new ticket whose response limit runs out within half a working day");
        assertEquals(Queue.Lane.OVERDUE, Queue.laneOf(Json.of(
                "{'status':'ACCEPTED','resolutionRemainingWorkingMinutes':-5}")));
        assertEquals(Queue.Lane.OVERDUE, Queue.laneOf(Json.of(
                "{'status':'IN_PROGRESS','resolutionBreached':true,'resolutionRemainingWorkingMinutes':100}")),
                "breached once, it stays overdue even after more time was given");
        assertEquals(Queue.Lane.PAUSED, Queue.laneOf(Json.of(
                "{'status':'ACCEPTED','paused':true,'resolutionRemainingWorkingMinutes':60}")),
                "a paused clock does not run, so little time left is not 'due soon'");
        assertEquals(Queue.Lane.IN_HAND, Queue.laneOf(Json.of("{'status':'REOPENED','resolutionRemainingWorkingMinutes':900}")));
        assertEquals(Queue.Lane.AWAITING_CONFIRMATION, Queue.laneOf(Json.of("{'status':'RESOLVED'}")));
        assertNull(Queue.laneOf(Json.of("{'status':'CLOSED'}")));
    }

    @Test
    void everyLaneIsShownEvenEmptyAndTicketsKeepTheirOrder() {
        List<Queue.Group> groups = Queue.of(Json.of("[{'id':'a','status':'SUBMITTED','responseRemainingWorkingMinutes':300},"
                + "{'id':'b','status':'CLOSED'},{'id':'c','status':'SUBMITTED','responseRemainingWorkingMinutes':400}]"));
        assertEquals(Queue.Lane.values().length, groups.size());
        Queue.Group fresh = groups.stream().filter(g -> g.lane() == Queue.Lane.NEW).findFirst().orElseThrow();
        assertEquals(List.of("a", "c"), fresh.tickets().stream().map(t -> t.get("id").asText()).toList());
        assertEquals("due-soon", groups.get(1).id());
        assertEquals(2, groups.stream().mapToInt(g -> g.tickets().size()).sum(), "closed tickets leave the queue");
    }
}
