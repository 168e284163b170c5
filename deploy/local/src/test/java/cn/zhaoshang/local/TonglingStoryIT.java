package cn.zhaoshang.local;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The 通灵集团 story (a 10 kV line on the site of 通灵's photovoltaic junction-box project), end to end, through the whole stack as it runs in production: the project
 * and its 专班; the enterprise reports a 10 kV line blocking construction; the team member hears of it in the
 * inbox and live on the stream and accepts it; under a short SLA policy the resolution clock warns and then
 * breaches, the district supervisor hears of both and the ticket escalates; the team resolves, the enterprise
 * confirms with a rating; the enterprise's inbox tells the story in order, and the ticket statistics and the
 * supervisor's daily brief count it. The working calendar is widened to the whole day so that the clock runs
 * whenever the test does (the shipped calendar only counts Shanghai office hours).
 */
class TonglingStoryIT {

    private static final int OFFSET = 19000;
    private static final String CREDIT_CODE = "91320800MA20TL004Y";
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    /** Kept when the test fails: the services' logs are in its logs/ directory. */
    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    Path data;
    @TempDir
    Path calendar;

    @Test
    void aPowerLineBlockingConstructionIsSolvedOnTheRecord() throws Exception {
        System.out.println("[TonglingStoryIT] stack data and logs (kept if this fails): " + data);
        try (RunningStack stack = RunningStack.start(data, OFFSET, environment(), "--no-demo")) {
            String admin = stack.token("{\"sub\":\"admin\",\"roles\":[\"admin\"]}");
            String enterprise = stack.token("{\"sub\":\"yan.rongyue\",\"roles\":[\"enterprise\"],\"enterprise\":\"" + CREDIT_CODE + "\"}");
            String member = stack.token("{\"sub\":\"zhang.wei\",\"roles\":[\"staff\"],\"district\":\"etdz\"}");
            String supervisor = stack.token("{\"sub\":\"zhou.min\",\"roles\":[\"supervisor\"],\"district\":\"etdz\"}");

            // 通灵集团's project, signed in July, with its 专班
            Api api = new Api("http://localhost:" + (8081 + OFFSET), admin);
            String enterpriseId = DemoData.enterprise(api, "通灵集团(淮安)有限公司", CREDIT_CODE, "严荣跃");
            String projectId = DemoData.project(api, enterpriseId, "通灵智能光伏接线盒项目", "etdz", "photovoltaic",
                    "120000.00", "120000.00", "SIGNED", "2026-07-06", Map.of("CONSTRUCTION_STARTED", "2027-03-01"), null);
            DemoData.move(api, projectId, "REGISTERED", "2026-07-20", null);
            DemoData.team(api, projectId, "li.na", "wang.jun", List.of("zhang.wei"), List.of("电力接入"));
            DemoData.move(api, projectId, "LAND_ACQUIRED", "2026-10-12", null);

            // a short promise for urgent power-line tickets: respond within 1, resolve within 2 working minutes, warn at half
            RunningStack.Answer policy = stack.call("PUT", 8082, "/api/v1/sla-policies/POWER_LINE_RELOCATION", admin,
                    Map.of("priority", "URGENT", "responseAmount", 1, "responseUnit", "WORKING_MINUTES", "resolutionAmount", 2,
                            "resolutionUnit", "WORKING_MINUTES", "warningRatio", "0.50"), Map.of());
            assertEquals(200, policy.status(), policy.body());

            CompletableFuture<JsonNode> live = CompletableFuture.supplyAsync(() -> firstEvent(stack, member,
                    n -> n.path("kind").asText().equals("NEW_TICKET")));
            Thread.sleep(500); // the stream is open before the ticket exists
            JsonNode ticket = stack.post(8082, "/api/v1/tickets", enterprise, Map.of("projectId", projectId,
                    "category", "POWER_LINE_RELOCATION", "priority", "URGENT", "blocksMilestone", "CONSTRUCTION_STARTED",
                    "title", "10千伏杆线阻挡施工", "description", "地块内一条10千伏线路需迁改，否则无法开工"), 201);
            String ticketId = ticket.get("id").asText();
            assertEquals("SUBMITTED", ticket.get("status").asText());

            // the team member hears of it, live and in the inbox, and takes it (首问负责)
            JsonNode pushed = live.get(60, TimeUnit.SECONDS);
            assertEquals(ticketId, pushed.get("ticketId").asText(), "the stream pushed the new ticket");
            Inboxes.await(stack, member, Duration.ofSeconds(30), inbox -> has(inbox, "NEW_TICKET", ticketId));
            assertEquals(200, stack.call("POST", 8082, "/api/v1/tickets/" + ticketId + "/accept", member, null, Map.of()).status());
            stack.post(8082, "/api/v1/tickets/" + ticketId + "/comments", member, Map.of("body", "已联系供电公司，正在排期迁改"), 201);

            // the resolution clock runs out: a warning at half time, then the breach and an escalation
            List<JsonNode> watched = Inboxes.await(stack, supervisor, Duration.ofMinutes(4), inbox ->
                    has(inbox, "SLA_WARNING", ticketId) && has(inbox, "SLA_BREACHED", ticketId) && has(inbox, "TICKET_ESCALATED", ticketId));
            assertEquals(List.of("SLA_WARNING", "SLA_BREACHED", "TICKET_ESCALATED"), kindsFor(watched, ticketId),
                    "the supervisor heard of the coming breach, the breach and the escalation, in that order, once each");
            JsonNode escalated = stack.get(8082, "/api/v1/tickets/" + ticketId, member);
            assertTrue(escalated.get("escalationLevel").asInt() >= 1, "the ticket went up the ladder: " + escalated);
            assertEquals("PROJECT_CHIEF", escalated.get("escalatedTo").asText(), "专班 → 项目长 on the breach");

            // the team resolves; the enterprise confirms and rates
            JsonNode resolved = stack.post(8082, "/api/v1/tickets/" + ticketId + "/resolve", member,
                    Map.of("resolution", "供电公司已完成杆线迁改，场地具备开工条件"), 200);
            assertEquals("RESOLVED", resolved.get("status").asText());
            JsonNode closed = stack.post(8082, "/api/v1/tickets/" + ticketId + "/confirm", enterprise,
                    Map.of("rating", 5, "comment", "响应及时，迁改顺利"), 200);
            assertEquals("CLOSED", closed.get("status").asText());

            // the enterprise's inbox tells the whole story, in order, once
            List<JsonNode> told = Inboxes.await(stack, enterprise, Duration.ofSeconds(30), inbox -> has(inbox, "TICKET_CLOSED", ticketId));
            assertEquals(List.of("TICKET_RECEIVED", "TICKET_ACCEPTED", "TICKET_ANSWERED", "TICKET_RESOLVED", "TICKET_CLOSED"),
                    kindsFor(told, ticketId));

            // the statistics and the supervisor's daily brief count it (over the days the story took: it may cross
            // midnight in Shanghai)
            LocalDate submittedOn = LocalDate.ofInstant(java.time.Instant.parse(ticket.get("submittedAt").asText()), SHANGHAI);
            LocalDate today = LocalDate.now(SHANGHAI);
            JsonNode etdz = districtRow(stack.get(8082, "/api/v1/stats/tickets?groupBy=district&from=" + submittedOn
                    + "&to=" + today, supervisor));
            assertEquals(1, etdz.get("opened").asLong());
            assertEquals(1, etdz.get("resolved").asLong());
            assertEquals(0, etdz.get("openNow").asLong());
            assertEquals(0, etdz.get("resolutionOnTimeRate").decimalValue().signum(), "resolved after its deadline: " + etdz);
            assertEquals(5, etdz.get("meanSatisfaction").decimalValue().intValue());
            Map<String, Integer> counted = new java.util.HashMap<>();
            for (LocalDate day = submittedOn; !day.isAfter(today); day = day.plusDays(1)) {
                JsonNode brief = stack.get(8083, "/api/v1/briefs/etdz?day=" + day, supervisor);
                brief.get("counts").fields().forEachRemaining(c -> counted.merge(c.getKey(), c.getValue().asInt(), Integer::sum));
                if (day.equals(submittedOn)) {
                    assertTrue(brief.get("body").asText().contains("帮办诉求新增 1 件"), brief.get("body").asText());
                }
            }
            assertEquals(1, counted.get("TICKET_OPENED"), counted.toString());
            assertEquals(1, counted.get("TICKET_RESOLVED"), counted.toString());
            assertEquals(1, counted.get("TICKET_CLOSED"), counted.toString());
            assertEquals(1, counted.get("TICKET_OVERDUE"), counted.toString());
            assertTrue(counted.get("ESCALATED") >= 1, counted.toString());
        }
    }

    /** Today and tomorrow in Shanghai made working days, and the working day made the whole day. */
    private Map<String, String> environment() throws Exception {
        LocalDate today = LocalDate.now(SHANGHAI);
        Files.writeString(calendar.resolve(today.getYear() + ".txt"), today + " WORKDAY 测试\n" + today.plusDays(1) + " WORKDAY 测试\n");
        return Map.of("ASSIST_CALENDAR_DIR", calendar.toString(), "ASSIST_CALENDAR_PERIODS", "00:00-23:59",
                "ASSIST_SLA_SWEEP_INTERVAL", "1s", "PROJECT_OUTBOX_POLL_INTERVAL", "0.1s", "ASSIST_OUTBOX_POLL_INTERVAL", "0.1s");
    }

    private static boolean has(List<JsonNode> inbox, String kind, String ticketId) {
        return inbox.stream().anyMatch(n -> n.path("kind").asText().equals(kind) && n.path("ticketId").asText().equals(ticketId));
    }

    private static List<String> kindsFor(List<JsonNode> inbox, String ticketId) {
        return inbox.stream().filter(n -> n.path("ticketId").asText().equals(ticketId)).map(n -> n.get("kind").asText()).toList();
    }

    private static JsonNode districtRow(JsonNode stats) {
        for (JsonNode group : stats.get("groups")) {
            if (group.get("key").asText().equals("etdz")) {
                return group;
            }
        }
        throw new AssertionError("no etdz row in " + stats);
    }

    /** Reads the caller's live stream until a notification matches. */
    private static JsonNode firstEvent(RunningStack stack, String token, Predicate<JsonNode> wanted) {
        HttpRequest request = HttpRequest.newBuilder(stack.url(8083, "/api/v1/notifications/stream"))
                .header("Authorization", "Bearer " + token).header("Accept", "text/event-stream")
                .timeout(Duration.ofSeconds(60)).build();
        Instant deadline = Instant.now().plusSeconds(60);
        try {
            HttpResponse<InputStream> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofInputStream());
            assertEquals(200, response.statusCode());
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                String line;
                while (Instant.now().isBefore(deadline) && (line = lines.readLine()) != null) {
                    if (line.startsWith("data:")) {
                        JsonNode notification = RunningStack.JSON.readTree(line.substring(5).trim());
                        if (wanted.test(notification)) {
                            return notification;
                        }
                    }
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        throw new AssertionError("nothing wanted arrived on the stream within 60 s");
    }
}
