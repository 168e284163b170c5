package cn.zhaoshang.local;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The stack as {@code deploy/run --fault-control} runs it, with its parts failing under load: the Kafka broker
 * stopped in the middle of a burst of submissions and started again; assist-service and then notify-service
 * killed with SIGKILL mid-burst and restarted; PostgreSQL restarted under load. Afterwards every acknowledged
 * ticket exists, and every ticket that exists has exactly one notification for the team member and one for the
 * enterprise. During the database outage every answer is a 201 or a 503 problem+json, none slow, and each
 * service's readiness goes DOWN and back UP without the service being restarted.
 */
class FaultsIT {

    private static final int OFFSET = 23000;
    private static final int BURST = Integer.getInteger("faults.burst", 1000);
    private static final String CREDIT_CODE = "91320800MA20TL004Y";
    private static final List<Integer> SERVICES = List.of(8081, 8082, 8083);
    private static final Map<String, String> ENV = Map.of(
            "PROJECT_OUTBOX_POLL_INTERVAL", "0.2s", "ASSIST_OUTBOX_POLL_INTERVAL", "0.2s");

    /** Kept when the test fails: the services' logs are in its logs/ directory. */
    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    Path data;

    @Test
    void nothingAcknowledgedIsLostAndNobodyIsNotifiedTwice() throws Exception {
        System.out.println("[FaultsIT] stack data and logs (kept if this fails): " + data);
        try (RunningStack stack = RunningStack.start(data, OFFSET, ENV, "--no-demo", "--fault-control")) {
            String projectId = projectWithTeam(stack);
            String enterprise = stack.token("{\"sub\":\"fault.enterprise\",\"roles\":[\"enterprise\"],\"enterprise\":\"" + CREDIT_CODE + "\"}");
            List<Burst.Outcome> outcomes = new ArrayList<>();

            Burst.Outcome brokerDown = Burst.run(stack, enterprise, projectId, BURST, List.of(
                    new Burst.Step(BURST * 15 / 100, Duration.ZERO, "kafka", "stop"),
                    new Burst.Step(BURST * 70 / 100, Duration.ZERO, "kafka", "start")));
            report("Kafka broker stopped and started", brokerDown);
            assertEquals(List.of(), brokerDown.badAnswers());
            outcomes.add(brokerDown);

            Burst.Outcome killed = Burst.run(stack, enterprise, projectId, BURST, List.of(
                    new Burst.Step(BURST * 30 / 100, Duration.ZERO, "assist-service", "kill"),
                    new Burst.Step(BURST * 30 / 100, Duration.ZERO, "assist-service", "start"),
                    new Burst.Step(BURST * 60 / 100, Duration.ZERO, "notify-service", "kill"),
                    new Burst.Step(BURST * 60 / 100, Duration.ofSeconds(2), "notify-service", "start")));
            report("assist-service and notify-service killed (SIGKILL) and restarted", killed);
            assertEquals(List.of(), killed.badAnswers());
            assertTrue(killed.noAnswer() > 0, "the kill happened while clients were sending");
            outcomes.add(killed);

            outcomes.add(databaseRestartedUnderLoad(stack, enterprise, projectId));

            Set<String> existing = ticketsOf(stack, projectId);
            for (Burst.Outcome outcome : outcomes) {
                assertTrue(existing.containsAll(outcome.acknowledged()), "every acknowledged submission exists");
            }
            int acknowledged = outcomes.stream().mapToInt(o -> o.acknowledged().size()).sum();
            System.out.printf("[faults] %d submissions acknowledged, %d tickets exist (%d created without an answer"
                    + " reaching the client), 0 lost%n", acknowledged, existing.size(), existing.size() - acknowledged);

            Duration patience = Duration.ofMinutes(3);
            String member = stack.token("{\"sub\":\"fault.member\",\"roles\":[\"staff\"],\"district\":\"etdz\"}");
            List<JsonNode> memberInbox = Inboxes.await(stack, member, patience,
                    inbox -> Set.copyOf(Inboxes.ticketsOf(inbox, "NEW_TICKET")).containsAll(existing));
            List<JsonNode> enterpriseInbox = Inboxes.await(stack, enterprise, patience,
                    inbox -> Set.copyOf(Inboxes.ticketsOf(inbox, "TICKET_RECEIVED")).containsAll(existing));
            Thread.sleep(3000); // anything late that would repeat a notification arrives now
            memberInbox = Inboxes.read(stack, Inboxes.NOTIFY, member);
            enterpriseInbox = Inboxes.read(stack, Inboxes.NOTIFY, enterprise);
            System.out.printf("[faults] team member: %d NEW_TICKET, enterprise: %d TICKET_RECEIVED for %d tickets%n",
                    Inboxes.count(memberInbox, "NEW_TICKET"), Inboxes.count(enterpriseInbox, "TICKET_RECEIVED"), existing.size());
            Inboxes.assertOncePerTicket(memberInbox, "NEW_TICKET", existing);
            Inboxes.assertOncePerTicket(enterpriseInbox, "TICKET_RECEIVED", existing);
        }
    }

    /** Load runs while PostgreSQL stops for eight seconds and starts again; readiness is watched throughout. */
    private static Burst.Outcome databaseRestartedUnderLoad(RunningStack stack, String token, String projectId) throws Exception {
        Map<Integer, Double> uptimeBefore = new ConcurrentHashMap<>();
        for (int port : SERVICES) {
            uptimeBefore.put(port, uptime(stack, port));
        }
        Map<Integer, List<Integer>> readiness = new ConcurrentHashMap<>();
        AtomicBoolean watching = new AtomicBoolean(true);
        ExecutorService watcher = Executors.newSingleThreadExecutor();
        Future<?> watch = watcher.submit(() -> {
            while (watching.get()) {
                for (int port : SERVICES) {
                    List<Integer> seen = readiness.computeIfAbsent(port, p -> new CopyOnWriteArrayList<>());
                    int status = stack.status(port, "/q/health/ready", null);
                    if (seen.isEmpty() || seen.get(seen.size() - 1) != status) {
                        seen.add(status);
                    }
                }
                Thread.sleep(200);
            }
            return null;
        });
        long began = System.nanoTime();
        Burst.Outcome outcome = Burst.run(stack, token, projectId, BURST / 2, List.of(
                new Burst.Step(BURST / 10, Duration.ZERO, "postgres", "stop"),
                new Burst.Step(BURST / 10, Duration.ofSeconds(8), "postgres", "start")));
        waitUntilReady(stack);
        watching.set(false);
        watch.get();
        watcher.shutdown();
        double elapsed = (System.nanoTime() - began) / 1e9;
        report("PostgreSQL stopped for 8 s and started", outcome);
        assertEquals(List.of(), outcome.badAnswers(), "during the outage: 201 or 503 problem+json, never anything else");
        assertTrue(outcome.unavailable() > 0, "requests during the outage were answered 503");
        assertTrue(outcome.slowestMillis() < 10_000, "no request hung: slowest " + outcome.slowestMillis() + " ms");
        for (int port : SERVICES) {
            assertEquals(List.of(200, 503, 200), readiness.get(port), "readiness of :" + port + " went DOWN and back UP");
            assertTrue(uptime(stack, port) >= uptimeBefore.get(port) + elapsed - 2, ":" + port + " was not restarted");
        }
        System.out.println("[faults] readiness seen: " + readiness);
        return outcome;
    }

    private static void waitUntilReady(RunningStack stack) throws Exception {
        for (int port : SERVICES) {
            for (int i = 0; i < 150 && stack.status(port, "/q/health/ready", null) != 200; i++) {
                Thread.sleep(200);
            }
        }
    }

    /** The service's own process uptime from its Prometheus metrics (on its management port). */
    private static double uptime(RunningStack stack, int port) throws Exception {
        RunningStack.Answer metrics = stack.send(LocalStack.managementPort(port), "/q/metrics", null, null);
        return metrics.body().lines().filter(line -> line.startsWith("process_uptime_seconds"))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).findFirst()
                .orElseThrow(() -> new AssertionError("no process_uptime_seconds on :" + port));
    }

    private static void report(String fault, Burst.Outcome outcome) {
        System.out.printf("[faults] %s: %d attempts, %d acknowledged (201), %d answered 503, %d got no answer,"
                        + " %d other answers, slowest answer %d ms; %s%n", fault, outcome.attempts(), outcome.acknowledged().size(),
                outcome.unavailable(), outcome.noAnswer(), outcome.badAnswers().size(), outcome.slowestMillis(), outcome.faultsApplied());
    }

    /** Every ticket of the project, as assist-service lists them to an admin. */
    private static Set<String> ticketsOf(RunningStack stack, String projectId) throws Exception {
        String admin = stack.token("{\"sub\":\"admin\",\"roles\":[\"admin\"]}");
        Set<String> ids = new HashSet<>();
        for (int page = 0; ; page++) {
            JsonNode items = stack.get(8082, "/api/v1/tickets?size=100&projectId=" + projectId + "&page=" + page, admin).get("items");
            items.forEach(t -> ids.add(t.get("id").asText()));
            if (items.size() < 100) {
                return Collections.unmodifiableSet(ids);
            }
        }
    }

    private static String projectWithTeam(RunningStack stack) throws Exception {
        Api api = new Api("http://localhost:" + (8081 + OFFSET), stack.token("{\"sub\":\"admin\",\"roles\":[\"admin\"]}"));
        String enterpriseId = DemoData.enterprise(api, "通灵集团(淮安)有限公司", CREDIT_CODE, "严荣跃");
        String projectId = DemoData.project(api, enterpriseId, "通灵智能光伏接线盒项目", "etdz", "photovoltaic",
                "120000.00", "120000.00", "SIGNED", "2026-07-06", Map.of("CONSTRUCTION_STARTED", "2027-03-01"), null);
        DemoData.team(api, projectId, "fault.chief", "fault.leader", List.of("fault.member"), List.of("电力接入"));
        DemoData.move(api, projectId, "REGISTERED", "2026-07-20", null);
        return projectId;
    }
}
