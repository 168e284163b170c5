package cn.zhaoshang.local;

import cn.zhaoshang.client.assist.model.Category;
import cn.zhaoshang.client.assist.model.Comment;
import cn.zhaoshang.client.assist.model.Confirm;
import cn.zhaoshang.client.assist.model.EscalationLevel;
import cn.zhaoshang.client.assist.model.LimitUnit;
import cn.zhaoshang.client.assist.model.NewTicket;
import cn.zhaoshang.client.assist.model.Priority;
import cn.zhaoshang.client.assist.model.Resolve;
import cn.zhaoshang.client.assist.model.SlaPolicyRequest;
import cn.zhaoshang.client.assist.model.Status;
import cn.zhaoshang.client.assist.model.TicketView;
import cn.zhaoshang.client.notify.model.BriefView;
import cn.zhaoshang.client.notify.model.NotificationView;
import cn.zhaoshang.client.project.model.Group;
import cn.zhaoshang.client.project.model.MoveRequest;
import cn.zhaoshang.client.project.model.NewEnterprise;
import cn.zhaoshang.client.project.model.NewProject;
import cn.zhaoshang.client.project.model.ProjectView;
import cn.zhaoshang.client.project.model.Stage;
import cn.zhaoshang.client.project.model.TeamRequest;
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
import java.util.UUID;
import java.math.BigDecimal;
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

            // every call of the story goes through the clients generated from the services' own OpenAPI documents
            Clients asAdmin = Clients.as(stack, admin);
            Clients asEnterprise = Clients.as(stack, enterprise);
            Clients asMember = Clients.as(stack, member);
            Clients asSupervisor = Clients.as(stack, supervisor);

            // 通灵集团's project, signed in July, with its 专班
            UUID enterpriseId = asAdmin.enterprises().registerEnterprise(new NewEnterprise().name("通灵集团(淮安)有限公司")
                    .creditCode(CREDIT_CODE).contactPerson("严荣跃"), UUID.randomUUID().toString()).getId();
            ProjectView project = asAdmin.projects().registerProject(new NewProject().name("通灵智能光伏接线盒项目")
                    .enterpriseId(enterpriseId).district("etdz").industry("photovoltaic")
                    .categories(List.of("INDUSTRIAL", "ADVANCED_MANUFACTURING")).attractionMethod("INDUSTRY_CHAIN")
                    .totalInvestment(new BigDecimal("120000.00")).agreedInvestment(new BigDecimal("120000.00"))
                    .stage(Stage.SIGNED).stageSince(LocalDate.parse("2026-07-06"))
                    .plannedMilestones(Map.of("CONSTRUCTION_STARTED", LocalDate.parse("2027-03-01"))), UUID.randomUUID().toString());
            UUID projectId = project.getId();
            asAdmin.lifecycle().moveProject(projectId, new MoveRequest().to(Stage.REGISTERED).occurredOn(LocalDate.parse("2026-07-20")));
            asAdmin.teams().assignTeam(projectId, new TeamRequest().chief("li.na").leaderInCharge("wang.jun")
                    .members(List.of("zhang.wei")).assistingUnits(List.of("淮安经济技术开发区管委会"))
                    .liaisonGroups(List.of(new Group().topic("电力接入").members(List.of("zhang.wei")))));
            asAdmin.lifecycle().moveProject(projectId, new MoveRequest().to(Stage.LAND_ACQUIRED).occurredOn(LocalDate.parse("2026-10-12")));

            // a short promise for urgent power-line tickets: respond within 1, resolve within 2 working minutes, warn at half
            asAdmin.timeLimits().setSlaPolicy(Category.POWER_LINE_RELOCATION, new SlaPolicyRequest().priority(Priority.URGENT)
                    .responseAmount(1).responseUnit(LimitUnit.WORKING_MINUTES).resolutionAmount(2)
                    .resolutionUnit(LimitUnit.WORKING_MINUTES).warningRatio(new BigDecimal("0.50")));

            CompletableFuture<JsonNode> live = CompletableFuture.supplyAsync(() -> firstEvent(stack, member,
                    n -> n.path("kind").asText().equals("NEW_TICKET")));
            Thread.sleep(500); // the stream is open before the ticket exists
            // the enterprise's phone sends the submission with an idempotency key, and (its answer lost) sends it again
            NewTicket submission = new NewTicket().projectId(projectId)
                    .category(Category.POWER_LINE_RELOCATION).priority(Priority.URGENT).blocksMilestone("CONSTRUCTION_STARTED")
                    .title("10千伏杆线阻挡施工").description("地块内一条10千伏线路需迁改，否则无法开工");
            String submissionKey = UUID.randomUUID().toString();
            TicketView ticket = asEnterprise.tickets().submitTicket(submission, submissionKey);
            assertEquals(ticket.getId(), asEnterprise.tickets().submitTicket(submission, submissionKey).getId(),
                    "the retry got the first answer, not a second ticket");
            UUID ticketId = ticket.getId();
            assertEquals(Status.SUBMITTED, ticket.getStatus());

            // the team member hears of it, live and in the inbox, and takes it (首问负责)
            JsonNode pushed = live.get(60, TimeUnit.SECONDS);
            assertEquals(ticketId.toString(), pushed.get("ticketId").asText(), "the stream pushed the new ticket");
            inbox(asMember, Duration.ofSeconds(30), all -> has(all, "NEW_TICKET", ticketId));
            assertEquals(Status.ACCEPTED, asMember.tickets().acceptTicket(ticketId).getStatus());
            asMember.tickets().commentOnTicket(ticketId, new Comment().body("已联系供电公司，正在排期迁改"), UUID.randomUUID().toString());

            // the resolution clock runs out: a warning at half time, then the breach and an escalation
            List<NotificationView> watched = inbox(asSupervisor, Duration.ofMinutes(4), all ->
                    has(all, "SLA_WARNING", ticketId) && has(all, "SLA_BREACHED", ticketId) && has(all, "TICKET_ESCALATED", ticketId));
            assertEquals(List.of("SLA_WARNING", "SLA_BREACHED", "TICKET_ESCALATED"), kindsFor(watched, ticketId),
                    "the supervisor heard of the coming breach, the breach and the escalation, in that order, once each");
            TicketView escalated = asMember.tickets().getTicket(ticketId, null);
            assertTrue(escalated.getEscalationLevel() >= 1, "the ticket went up the ladder: " + escalated);
            assertEquals(EscalationLevel.PROJECT_CHIEF, escalated.getEscalatedTo(), "专班 → 项目长 on the breach");

            // the team resolves; the enterprise confirms and rates
            TicketView resolved = asMember.tickets().resolveTicket(ticketId, new Resolve().resolution("供电公司已完成杆线迁改，场地具备开工条件"));
            assertEquals(Status.RESOLVED, resolved.getStatus());
            TicketView closed = asEnterprise.tickets().confirmTicket(ticketId, new Confirm().rating(5).comment("响应及时，迁改顺利"));
            assertEquals(Status.CLOSED, closed.getStatus());

            // the enterprise's inbox tells the whole story, in order, once
            List<NotificationView> told = inbox(asEnterprise, Duration.ofSeconds(30), all -> has(all, "TICKET_CLOSED", ticketId));
            assertEquals(List.of("TICKET_RECEIVED", "TICKET_ACCEPTED", "TICKET_ANSWERED", "TICKET_RESOLVED", "TICKET_CLOSED"),
                    kindsFor(told, ticketId));

            // the statistics and the supervisor's daily brief count it (over the days the story took: it may cross
            // midnight in Shanghai)
            LocalDate submittedOn = ticket.getSubmittedAt().atZoneSameInstant(SHANGHAI).toLocalDate();
            LocalDate today = LocalDate.now(SHANGHAI);
            cn.zhaoshang.client.assist.model.Group etdz = asSupervisor.ticketStatistics().getTicketStatistics("district", submittedOn.toString(), today.toString())
                    .getGroups().stream().filter(g -> g.getKey().equals("etdz")).findFirst().orElseThrow();
            assertEquals(1, etdz.getOpened());
            assertEquals(1, etdz.getResolved());
            assertEquals(0, etdz.getOpenNow());
            assertEquals(0, etdz.getResolutionOnTimeRate().signum(), "resolved after its deadline: " + etdz);
            assertEquals(5, etdz.getMeanSatisfaction().intValue());
            Map<String, Long> counted = new java.util.HashMap<>();
            for (LocalDate day = submittedOn; !day.isAfter(today); day = day.plusDays(1)) {
                BriefView brief = asSupervisor.briefs().getDailyBrief("etdz", day.toString(), null);
                brief.getCounts().forEach((kind, count) -> counted.merge(kind, count, Long::sum));
                if (day.equals(submittedOn)) {
                    assertTrue(brief.getBody().contains("帮办诉求新增 1 件"), brief.getBody());
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

    /** The caller's whole inbox (through the generated client), read until it satisfies {@code done}. */
    private static List<NotificationView> inbox(Clients caller, Duration patience, Predicate<List<NotificationView>> done)
            throws Exception {
        Instant deadline = Instant.now().plus(patience);
        while (true) {
            Map<UUID, NotificationView> byId = new java.util.LinkedHashMap<>();
            for (int page = 0; ; page++) {
                List<NotificationView> items = caller.inbox().listNotifications(page, 100, false).getItems();
                items.forEach(item -> byId.putIfAbsent(item.getId(), item));
                if (items.size() < 100) {
                    break;
                }
            }
            List<NotificationView> all = byId.values().stream()
                    .sorted(java.util.Comparator.comparingLong(NotificationView::getSequence)).toList();
            if (done.test(all)) {
                return all;
            }
            assertTrue(Instant.now().isBefore(deadline), "not everything arrived within " + patience.toSeconds() + " s: " + all.size());
            Thread.sleep(500);
        }
    }

    private static boolean has(List<NotificationView> inbox, String kind, UUID ticketId) {
        return inbox.stream().anyMatch(n -> n.getKind().equals(kind) && ticketId.equals(n.getTicketId()));
    }

    private static List<String> kindsFor(List<NotificationView> inbox, UUID ticketId) {
        return inbox.stream().filter(n -> ticketId.equals(n.getTicketId())).map(NotificationView::getKind).toList();
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
