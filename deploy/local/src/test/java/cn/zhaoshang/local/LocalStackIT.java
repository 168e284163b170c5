package cn.zhaoshang.local;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Runs the README's stack as a newcomer would (on shifted ports), uses it, stops it, and looks for leftovers. */
class LocalStackIT {

    private static final int OFFSET = 20000;
    private static final List<Integer> PORTS = List.of(5432, 9092, 9093, 8081, 8082, 8083, 9081, 9082, 9083, 8090, 2525, 8025);

    @TempDir
    Path data;

    @Test
    void startsEverythingWithDemoDataAnswersWithTokensAndLeavesNothingBehind() throws Exception {
        RunningStack stack = RunningStack.start(data, OFFSET, Map.of());
        try {
            String admin = stack.token("{\"sub\":\"admin\",\"roles\":[\"admin\"]}");
            JsonNode projects = stack.get(8081, "/api/v1/projects?size=100", admin);
            assertTrue(projects.get("total").asInt() >= 8, "demo projects are loaded: " + projects);
            assertEquals(200, stack.status(8082, "/api/v1/sla-policies", admin));
            String supervisor = stack.token("{\"sub\":\"wang.jun\",\"roles\":[\"supervisor\"],\"district\":\"etdz\"}");
            assertEquals(200, stack.status(8083, "/api/v1/notifications", supervisor));
            assertEquals(401, stack.status(8081, "/api/v1/projects", null));
            // the public probe says UP and no more; the details and the metrics are on the management port
            for (int port : List.of(8081, 8082, 8083)) {
                assertEquals("{\"status\":\"UP\"}", stack.send(port, "/q/health/ready", null, null).body());
                assertEquals(404, stack.status(port, "/q/metrics", null));
                assertTrue(stack.send(LocalStack.managementPort(port), "/q/health/ready", null, null).body().contains("Kafka"));
                assertEquals(200, stack.status(LocalStack.managementPort(port), "/q/metrics", null));
            }
            aYearLoadedThroughTheApiMovesAnOpenTicketsDeadline(stack, admin);
        } finally {
            assertTrue(stack.stop(), "the stack stops within 90 s");
        }
        for (int port : PORTS) {
            assertFalse(stack.listening(port), "something still listens on " + (port + OFFSET));
        }
    }

    /**
     * An admin loads the year after next (never shipped, so provisional) through the API: its statutory days as the
     * service lists them, plus the first five weekdays of March off for a stated reason. A ticket whose limit runs
     * past that March moves out by those five working days: on its timeline, and in the enterprise's inbox.
     */
    private static void aYearLoadedThroughTheApiMovesAnOpenTicketsDeadline(RunningStack stack, String admin) throws Exception {
        int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear() + 2;
        assertEquals(200, stack.call("PUT", 8082, "/api/v1/sla-policies/FUNDING", admin, Map.of("priority", "NORMAL",
                "responseAmount", 1, "responseUnit", "WORKING_DAYS", "resolutionAmount", 2000, "resolutionUnit", "WORKING_DAYS"),
                Map.of()).status());
        JsonNode project = stack.get(8081, "/api/v1/projects?size=1&stage=CONSTRUCTION_STARTED", admin).get("items").get(0);
        String enterpriseCode = stack.get(8081, "/api/v1/enterprises/" + project.get("enterpriseId").asText(), admin)
                .get("creditCode").asText();
        JsonNode ticket = stack.post(8082, "/api/v1/tickets", admin, Map.of("projectId", project.get("id").asText(),
                "category", "FUNDING", "title", "技改资金申报", "description", "申报市级技改专项资金"), 201);
        Instant before = Instant.parse(ticket.get("resolutionDueAt").asText());

        JsonNode provisional = stack.get(8082, "/api/v1/calendar/years/" + year, admin);
        assertEquals("PROVISIONAL", provisional.get("status").asText());
        List<Map<String, Object>> holidays = new ArrayList<>();
        provisional.get("holidays").forEach(day -> holidays.add(day(day.get("date").asText(), day.get("name").asText(), null)));
        for (LocalDate day = LocalDate.of(year, 3, 1); holidays.size() < provisional.get("holidays").size() + 5; day = day.plusDays(1)) {
            if (day.getDayOfWeek().getValue() <= 5) {
                holidays.add(day(day.toString(), "测试休假", "整体测试：三月第一周放假"));
            }
        }
        RunningStack.Answer loaded = stack.call("PUT", 8082, "/api/v1/calendar/years/" + year, admin,
                Map.of("title", year + "年测试安排", "holidays", holidays, "workdays", List.of()), Map.of());
        assertEquals(200, loaded.status(), loaded.body());
        assertEquals("OFFICIAL", loaded.json().get("status").asText());
        assertTrue(loaded.json().get("ticketsMoved").asInt() >= 1, loaded.body());

        String id = ticket.get("id").asText();
        Instant after = Instant.parse(stack.get(8082, "/api/v1/tickets/" + id, admin).get("resolutionDueAt").asText());
        long days = Duration.between(before, after).toDays();
        assertTrue(days >= 7 && days <= 21, "five working days more: " + before + " → " + after);
        JsonNode timeline = stack.get(8082, "/api/v1/tickets/" + id + "/timeline", admin);
        boolean said = false;
        for (JsonNode entry : timeline) {
            said |= entry.get("action").asText().equals("DEADLINES_MOVED")
                    && entry.get("body").asText().startsWith("节假日安排调整（" + year + "年测试安排）：办结时限由");
        }
        assertTrue(said, timeline.toString());
        String enterprise = stack.token("{\"sub\":\"calendar.test\",\"roles\":[\"enterprise\"],\"enterprise\":\"" + enterpriseCode + "\"}");
        List<JsonNode> inbox = Inboxes.await(stack, enterprise, Duration.ofSeconds(30),
                all -> all.stream().anyMatch(n -> n.get("kind").asText().equals("DEADLINES_MOVED") && id.equals(n.path("ticketId").asText())));
        JsonNode told = inbox.stream().filter(n -> n.get("kind").asText().equals("DEADLINES_MOVED")).findFirst().orElseThrow();
        assertTrue(told.get("body").asText().startsWith("因《" + year + "年测试安排》，诉求「技改资金申报」"), told.toString());
    }

    private static Map<String, Object> day(String date, String name, String reason) {
        Map<String, Object> day = new HashMap<>();
        day.put("date", date);
        day.put("name", name);
        if (reason != null) {
            day.put("reason", reason);
        }
        return day;
    }
}
