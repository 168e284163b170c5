package cn.zhaoshang.console.ticket;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TicketActionsTest {

    @Test
    void eachFormBecomesTheBodyTheServiceExpectsBlankFieldsLeftOut() {
        Map<String, String> form = Map.of("body", " 已联系供电公司 ", "internal", "on", "rating", "5", "comment", "",
                "waitingOn", "DEPARTMENT", "department", "供电公司", "reason", "等待停电计划");
        assertEquals(Map.of("body", "已联系供电公司", "internal", true), TicketActions.COMMENT.body(form::get));
        assertEquals(Map.of("rating", 5), TicketActions.CONFIRM.body(form::get));
        assertEquals(Map.of("waitingOn", "DEPARTMENT", "department", "供电公司", "reason", "等待停电计划"),
                TicketActions.PAUSE.body(form::get));
        assertNull(TicketActions.ACCEPT.body(form::get));
        Map<String, Object> badRating = TicketActions.CONFIRM.body(Map.of("rating", "9")::get);
        assertTrue(badRating.containsKey("rating") && badRating.get("rating") == null, "the service names the missing rating");
        assertEquals("meeting/decision", TicketActions.named("decision").orElseThrow().apiPath());
        assertTrue(TicketActions.named("delete").isEmpty());
    }
}
