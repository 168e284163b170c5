package cn.zhaoshang.local;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Who may do what, for every operation in the three OpenAPI documents (an operation without a rule here fails
 * the test, so a new endpoint cannot slip past it), called by every kind of caller on an object that is theirs
 * or someone else's. The expected answer follows the README's access rules: no token 401; a role that may not 403; someone else's
 * object 404; otherwise 2xx. Each call gets a fresh object in the state the operation needs, so the answer
 * depends on who asks, not on what an earlier call did. Beside the status: no answer to a caller who may not
 * see enterprise A's project carries that project's or its tickets' ids, and no answer to an enterprise carries
 * the text of an internal comment.
 */
class AccessMatrixIT {

    private static final int OFFSET = 18000;
    /** The webhooks registered here point at a closed port on loopback, which the operator opens on purpose. */
    private static final Map<String, String> OPEN_LOOPBACK = Map.of("NOTIFY_WEBHOOK_OPEN_ADDRESSES", "127.0.0.0/8,::1/128");
    private static final String CODE_A = "91320800MA20TL004Y";
    private static final String CODE_B = creditCode("91320800MA2MTRXKB");
    private static final String INTERNAL_NOTE = "仅限专班内部-" + UUID.randomUUID();
    private static final String PUBLIC_NOTE = "供电公司已排期-" + UUID.randomUUID();
    private static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
    private static final Map<String, Integer> PORTS = Map.of("project-service", 8081, "assist-service", 8082, "notify-service", 8083);

    /** The callers: enterprise A owns the project; the team staff is on its 专班; the project is in etdz. */
    enum Who {
        ANONYMOUS(null, null, null),
        ENTERPRISE_A("enterprise", CODE_A, null),
        ENTERPRISE_B("enterprise", CODE_B, null),
        TEAM_STAFF("staff", null, null),
        DISTRICT_STAFF("staff", null, "etdz"),
        OTHER_STAFF("staff", null, "lianshui"),
        SUPERVISOR("supervisor", null, "etdz"),
        OTHER_SUPERVISOR("supervisor", null, "lianshui"),
        /** A supervisor whose token names no district: no district's supervisor, not city-wide either. */
        UNSCOPED_SUPERVISOR("supervisor", null, null),
        /** City-wide only because the token says so. */
        CITY_SUPERVISOR("supervisor", null, "*"),
        ADMIN("admin", null, null);

        final String role;
        final String enterprise;
        final String district;

        Who(String role, String enterprise, String district) {
            this.role = role;
            this.enterprise = enterprise;
            this.district = district;
        }

        String subject() {
            return "matrix." + name().toLowerCase().replace('_', '.');
        }

        /** May see enterprise A's project and its tickets (owner, team, district staff and supervisor, admin). */
        boolean seesProjectA() {
            return Set.of(ENTERPRISE_A, TEAM_STAFF, DISTRICT_STAFF, SUPERVISOR, CITY_SUPERVISOR, ADMIN).contains(this);
        }

        /** May act for, or read the records of, the project's district etdz. */
        boolean reachesDistrict() {
            return district == null ? this != UNSCOPED_SUPERVISOR : district.equals("etdz") || district.equals("*");
        }
    }

    /** What the object of an operation is, and so who may reach it. */
    enum Scope {
        NONE, PROJECT, TICKET, ENTERPRISE, OWN_NOTIFICATION, DELIVERIES_OF_A, OWN_WEBHOOK, OWN_IMPORT, DISTRICT, DISTRICT_RECORD;

        boolean reachableBy(Who who) {
            return switch (this) {
                case NONE -> true;
                case PROJECT, TICKET -> who.seesProjectA();
                case ENTERPRISE -> who != Who.ENTERPRISE_B;
                case OWN_NOTIFICATION -> who == Who.ENTERPRISE_A;
                // the owner's, and overseen: admins, city-wide supervisors and the supervisors of the project's district
                case DELIVERIES_OF_A -> Set.of(Who.ENTERPRISE_A, Who.ADMIN, Who.CITY_SUPERVISOR, Who.SUPERVISOR).contains(who);
                case OWN_WEBHOOK -> who == Who.TEAM_STAFF || who == Who.ADMIN;
                // an import is read by the staff member who started it and by admins
                case OWN_IMPORT -> who == Who.TEAM_STAFF || who == Who.ADMIN;
                case DISTRICT, DISTRICT_RECORD -> who.reachesDistrict();
            };
        }

        /**
         * Acting in another district is refused (403); someone else's object, or another district's record, does
         * not exist for the caller (404).
         */
        int unreachableStatus() {
            return this == DISTRICT ? 403 : 404;
        }
    }

    record Call(String pathAndQuery, Object body, Map<String, String> headers) {
        static Call of(String pathAndQuery) {
            return new Call(pathAndQuery, null, Map.of());
        }

        static Call of(String pathAndQuery, Object body) {
            return new Call(pathAndQuery, body, Map.of());
        }
    }

    @FunctionalInterface
    interface Prepare {
        Call call() throws Exception;
    }

    record Rule(Set<String> roles, Scope scope, Prepare prepare) {
        int expectedStatus(Who who) {
            if (who == Who.ANONYMOUS) {
                return 401;
            }
            if (!roles.contains(who.role)) {
                return 403;
            }
            return scope.reachableBy(who) ? 200 : scope.unreachableStatus();
        }
    }

    private static final Set<String> ALL = Set.of("enterprise", "staff", "supervisor", "admin");
    private static final Set<String> OFFICIALS = Set.of("staff", "supervisor", "admin");
    private static final Set<String> TEAM = Set.of("staff", "admin");
    private static final Set<String> SUBMITTERS = Set.of("enterprise", "staff", "admin");
    private static final Set<String> ADMIN = Set.of("admin");
    private static final Set<String> ENTERPRISE = Set.of("enterprise");

    /** Kept when the test fails: the services' logs are in its logs/ directory. */
    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    Path data;

    private RunningStack stack;
    private final Map<Who, String> tokens = new EnumMap<>(Who.class);
    private final Set<String> secretsOfA = new HashSet<>();
    private final AtomicInteger serial = new AtomicInteger();
    private String enterpriseA;
    private String projectA;
    private String ticketA;
    private String notificationOfA;

    @Test
    void everyOperationAnswersEveryCallerAsTheRolesSay() throws Exception {
        System.out.println("[AccessMatrixIT] stack data and logs (kept if this fails): " + data);
        try (RunningStack running = RunningStack.start(data, OFFSET, OPEN_LOOPBACK, "--no-demo")) {
            stack = running;
            setUp();
            Map<String, Rule> rules = rules();
            Map<String, Integer> operations = operations();
            assertEquals(new TreeSet<>(operations.keySet()), new TreeSet<>(rules.keySet()),
                    "every operation in the OpenAPI documents has an access rule here, and no rule is stale");

            List<String> wrong = new ArrayList<>();
            Map<String, Integer> tally = new TreeMap<>();
            int calls = 0;
            for (Map.Entry<String, Integer> operation : new TreeMap<>(operations).entrySet()) {
                String method = operation.getKey().split(" ")[1];
                Rule rule = rules.get(operation.getKey());
                for (Who who : Who.values()) {
                    Call call = rule.prepare().call();
                    RunningStack.Answer answer = stack.call(method, operation.getValue(), call.pathAndQuery(),
                            tokens.get(who), call.body(), call.headers());
                    calls++;
                    int expected = rule.expectedStatus(who);
                    tally.merge(expected == 200 ? "2xx" : Integer.toString(expected), 1, Integer::sum);
                    String where = operation.getKey() + " as " + who + " (" + call.pathAndQuery() + ")";
                    boolean right = expected == 200 ? answer.status() / 100 == 2 : answer.status() == expected;
                    if (!right) {
                        wrong.add(where + ": expected " + (expected == 200 ? "2xx" : expected) + ", got " + answer.status()
                                + " " + abbreviate(answer.body()));
                    } else if (expected != 200 && !answer.contentType().startsWith("application/problem+json")) {
                        wrong.add(where + ": " + answer.status() + " without problem+json");
                    }
                    wrong.addAll(leaks(where, who, answer));
                    if (expected == 404 && right) {
                        wrong.addAll(notFoundLikeNothing(where, method, operation.getValue(), call, tokens.get(who), answer));
                    }
                }
            }
            System.out.printf("[access] %d operations x %d callers = %d calls; expected %s; %d wrong%n",
                    operations.size(), Who.values().length, calls, tally, wrong.size());
            assertTrue(wrong.isEmpty(), wrong.size() + " answers broke the rules:\n" + String.join("\n", wrong));
            internalCommentsStayInternal();
            objectLevelCasesHold();
        }
    }

    /**
     * The object-level cases one operation's rule cannot express: a district's staff cannot move a project out of
     * the district; a ticket cannot be handed to another enterprise's user; a project's tickets follow it when it
     * moves district, for reading one and for listing many alike.
     */
    private void objectLevelCasesHold() throws Exception {
        String moving = freshProject();
        String etag = stack.call("GET", 8081, "/api/v1/projects/" + moving, tokens.get(Who.ADMIN), null, Map.of())
                .headers().firstValue("ETag").orElseThrow();
        RunningStack.Answer moveOut = stack.call("PATCH", 8081, "/api/v1/projects/" + moving, tokens.get(Who.DISTRICT_STAFF),
                Map.of("district", "lianshui"), Map.of("If-Match", etag));
        assertEquals(403, moveOut.status(), "district staff moving a project out of the district: " + moveOut.body());

        String ticket = stack.post(8082, "/api/v1/tickets", tokens.get(Who.ENTERPRISE_A),
                Map.of("projectId", moving, "category", "POWER_LINE_RELOCATION", "title", "迁区前的诉求", "description", "杆线"), 201)
                .get("id").asText();
        // assist-service learns the project's team from project-service's event, which may still be on its way
        awaitReadable("/api/v1/tickets/" + ticket, Who.TEAM_STAFF);
        RunningStack.Answer handOver = stack.call("POST", 8082, "/api/v1/tickets/" + ticket + "/assign", tokens.get(Who.TEAM_STAFF),
                Map.of("assignee", Who.ENTERPRISE_B.subject()), Map.of());
        assertEquals(400, handOver.status(), "a ticket handed to another enterprise's user: " + handOver.body());
        assertEquals(404, stack.status(8082, "/api/v1/tickets/" + ticket, tokens.get(Who.ENTERPRISE_B)));

        RunningStack.Answer move = stack.call("PATCH", 8081, "/api/v1/projects/" + moving, tokens.get(Who.ADMIN),
                Map.of("district", "lianshui"), Map.of("If-Match", etag));
        assertEquals(200, move.status(), move.body());
        String path = "/api/v1/tickets/" + ticket;
        String list = "/api/v1/tickets?size=100&projectId=" + moving;
        awaitReadable(path, Who.OTHER_SUPERVISOR);
        assertEquals(200, stack.status(8082, path, tokens.get(Who.OTHER_SUPERVISOR)), "the new district's supervisor reads it");
        assertTrue(stack.get(8082, list, tokens.get(Who.OTHER_SUPERVISOR)).toString().contains(ticket), "and lists it");
        assertEquals(404, stack.status(8082, path, tokens.get(Who.SUPERVISOR)), "the old district's supervisor does not read it");
        assertFalse(stack.get(8082, list, tokens.get(Who.SUPERVISOR)).toString().contains(ticket), "nor list it");
    }

    /**
     * Someone else's object must look exactly like one that does not exist: the same call with a random id
     * gets the same answer (ids and request id aside).
     */
    private List<String> notFoundLikeNothing(String where, String method, int port, Call call, String token,
                                             RunningStack.Answer answer) throws Exception {
        String nowhere = call.pathAndQuery().replaceAll(UUID_PATTERN, UUID.randomUUID().toString());
        RunningStack.Answer missing = stack.call(method, port, nowhere, token, call.body(), call.headers());
        if (missing.status() != answer.status() || !withoutIds(missing.body()).equals(withoutIds(answer.body()))) {
            return List.of(where + ": answers differently from a missing object: " + answer.body() + " vs " + missing.body());
        }
        return List.of();
    }

    private static String withoutIds(String body) {
        return body.replaceAll(UUID_PATTERN, "<id>").replaceAll("\"requestId\":\"[^\"]*\"", "");
    }

    /** What a caller must never be shown in an answer (an error may echo the id the caller itself sent). */
    private List<String> leaks(String where, Who who, RunningStack.Answer answer) {
        List<String> found = new ArrayList<>();
        if (!who.seesProjectA() && who != Who.ANONYMOUS && answer.status() / 100 == 2) {
            secretsOfA.stream().filter(answer.body()::contains).findFirst()
                    .ifPresent(id -> found.add(where + ": shows " + id + ", which belongs to enterprise A"));
        }
        if (who.role != null && who.role.equals("enterprise") && answer.body().contains(INTERNAL_NOTE)) {
            found.add(where + ": shows an internal comment to an enterprise");
        }
        return found;
    }

    private void internalCommentsStayInternal() throws Exception {
        String timeline = "/api/v1/tickets/" + ticketA + "/timeline";
        String team = stack.call("GET", 8082, timeline, tokens.get(Who.TEAM_STAFF), null, Map.of()).body();
        assertTrue(team.contains(INTERNAL_NOTE) && team.contains(PUBLIC_NOTE), "the team sees both comments");
        String owner = stack.call("GET", 8082, timeline, tokens.get(Who.ENTERPRISE_A), null, Map.of()).body();
        assertTrue(owner.contains(PUBLIC_NOTE), "the enterprise sees the public comment");
        assertFalse(owner.contains(INTERNAL_NOTE), "the enterprise never sees the internal one");
        for (JsonNode notification : Inboxes.read(stack, Inboxes.NOTIFY, tokens.get(Who.ENTERPRISE_A))) {
            assertFalse(notification.toString().contains(INTERNAL_NOTE), "no notification tells the enterprise of it");
        }
    }

    // --- the rules, one per operation -------------------------------------------------------------------

    /** A one-row ledger (CSV) for a project in etdz, named afresh each time. */
    private RunningStack.Upload ledgerUpload() {
        String csv = "项目名称,企业名称,统一社会信用代码,所属县区/园区,产业类别,总投资（万元）,协议投资（万元）\n"
                + "矩阵导入项目" + serial.incrementAndGet() + ",矩阵导入企业," + creditCode("91320800MA" + (2000000 + serial.get()))
                + ",etdz,photovoltaic,5000,5000\n";
        return new RunningStack.Upload("ledger.csv", csv.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /**
     * Waits (a minute at most) until {@code who} can read assist-service's {@code path}: what assist-service knows of
     * projects arrives with project-service's events, a moment after the change that sent them.
     */
    private void awaitReadable(String path, Who who) throws Exception {
        java.time.Instant deadline = java.time.Instant.now().plusSeconds(60);
        while (stack.status(8082, path, tokens.get(who)) != 200 && java.time.Instant.now().isBefore(deadline)) {
            Thread.sleep(250);
        }
    }

    /** An import started by TEAM_STAFF and checked (its dry run done): its path. */
    private String checkedImport() throws Exception {
        RunningStack.Answer started = stack.call("POST", 8081, "/api/v1/imports", tokens.get(Who.TEAM_STAFF), ledgerUpload(), Map.of());
        assertEquals(202, started.status(), started.body());
        String path = "/api/v1/imports/" + RunningStack.JSON.readTree(started.body()).get("id").asText();
        java.time.Instant deadline = java.time.Instant.now().plusSeconds(60);
        while (!stack.get(8081, path, tokens.get(Who.TEAM_STAFF)).get("status").asText().equals("CHECKED")) {
            assertTrue(java.time.Instant.now().isBefore(deadline), "the dry run ends within a minute");
            Thread.sleep(200);
        }
        return path;
    }

    private Map<String, Rule> rules() {
        Map<String, Rule> r = new LinkedHashMap<>();
        String p = "project-service ";
        for (String list : List.of("districts", "industries", "categories", "attraction-methods", "stages", "tiers")) {
            r.put(p + "GET /api/v1/" + list, new Rule(ALL, Scope.NONE, () -> Call.of("/api/v1/" + list)));
        }
        r.put(p + "POST /api/v1/districts", new Rule(ADMIN, Scope.NONE, () -> Call.of("/api/v1/districts",
                Map.of("code", "m" + serial.incrementAndGet(), "name", "矩阵区" + serial.get(), "kind", "DISTRICT"))));
        for (String list : List.of("industries", "categories", "attraction-methods")) {
            r.put(p + "POST /api/v1/" + list, new Rule(ADMIN, Scope.NONE, () -> Call.of("/api/v1/" + list,
                    Map.of("code", "m" + serial.incrementAndGet(), "name", "矩阵" + serial.get()))));
        }
        r.put(p + "GET /api/v1/enterprises", new Rule(ALL, Scope.NONE, () -> Call.of("/api/v1/enterprises")));
        r.put(p + "POST /api/v1/enterprises", new Rule(TEAM, Scope.NONE, () -> Call.of("/api/v1/enterprises",
                Map.of("name", "矩阵企业" + serial.incrementAndGet(), "creditCode", creditCode("91320800MA" + (1000000 + serial.get()))))));
        r.put(p + "GET /api/v1/enterprises/{id}", new Rule(ALL, Scope.ENTERPRISE, () -> Call.of("/api/v1/enterprises/" + enterpriseA)));
        r.put(p + "POST /api/v1/projects", new Rule(TEAM, Scope.DISTRICT, () -> Call.of("/api/v1/projects", projectBody())));
        r.put(p + "GET /api/v1/projects", new Rule(ALL, Scope.NONE, () -> Call.of("/api/v1/projects?size=100")));
        r.put(p + "GET /api/v1/projects/{id}", new Rule(ALL, Scope.PROJECT, () -> Call.of("/api/v1/projects/" + projectA)));
        r.put(p + "PATCH /api/v1/projects/{id}", new Rule(TEAM, Scope.PROJECT, () -> {
            String id = freshProject();
            String etag = stack.call("GET", 8081, "/api/v1/projects/" + id, tokens.get(Who.ADMIN), null, Map.of())
                    .headers().firstValue("ETag").orElseThrow();
            return new Call("/api/v1/projects/" + id, Map.of("campaign", "2026 秋季招商"), Map.of("If-Match", etag));
        }));
        r.put(p + "GET /api/v1/projects/{id}/history", new Rule(ALL, Scope.PROJECT, () -> Call.of("/api/v1/projects/" + projectA + "/history")));
        r.put(p + "GET /api/v1/projects/{id}/team", new Rule(ALL, Scope.PROJECT, () -> Call.of("/api/v1/projects/" + projectA + "/team")));
        r.put(p + "GET /api/v1/projects/{id}/investment-reports", new Rule(ALL, Scope.PROJECT,
                () -> Call.of("/api/v1/projects/" + projectA + "/investment-reports")));
        r.put(p + "POST /api/v1/projects/{id}/investment-reports", new Rule(TEAM, Scope.PROJECT, () -> Call.of(
                "/api/v1/projects/" + freshProject() + "/investment-reports", Map.of("month", "2026-10", "amount", "1234.56"))));
        r.put(p + "PUT /api/v1/projects/{id}/milestones", new Rule(TEAM, Scope.PROJECT, () -> Call.of(
                "/api/v1/projects/" + freshProject() + "/milestones", Map.of("CONSTRUCTION_STARTED", "2027-03-01"))));
        r.put(p + "PUT /api/v1/projects/{id}/team", new Rule(TEAM, Scope.PROJECT, () -> Call.of(
                "/api/v1/projects/" + freshProject() + "/team", teamBody())));
        r.put(p + "POST /api/v1/projects/{id}/transitions", new Rule(TEAM, Scope.PROJECT, () -> Call.of(
                "/api/v1/projects/" + freshProject() + "/transitions", Map.of("to", "REGISTERED", "occurredOn", "2026-11-02"))));
        r.put(p + "GET /api/v1/stats/progress", new Rule(OFFICIALS, Scope.NONE, () -> Call.of("/api/v1/stats/progress?year=2026")));
        r.put(p + "GET /api/v1/stats/progress.xlsx", new Rule(OFFICIALS, Scope.NONE, () -> Call.of("/api/v1/stats/progress.xlsx?year=2026")));
        r.put(p + "GET /api/v1/projects.xlsx", new Rule(ALL, Scope.NONE, () -> Call.of("/api/v1/projects.xlsx")));
        r.put(p + "GET /api/v1/imports/template", new Rule(TEAM, Scope.NONE, () -> Call.of("/api/v1/imports/template")));
        r.put(p + "POST /api/v1/imports", new Rule(TEAM, Scope.NONE, () -> Call.of("/api/v1/imports", ledgerUpload())));
        r.put(p + "GET /api/v1/imports/{id}", new Rule(TEAM, Scope.OWN_IMPORT, () -> Call.of(checkedImport())));
        r.put(p + "GET /api/v1/imports/{id}/rows", new Rule(TEAM, Scope.OWN_IMPORT, () -> Call.of(checkedImport() + "/rows")));
        r.put(p + "POST /api/v1/imports/{id}/apply", new Rule(TEAM, Scope.OWN_IMPORT, () -> Call.of(checkedImport() + "/apply", Map.of())));
        r.put(p + "GET /api/v1/targets/{year}/{district}", new Rule(OFFICIALS, Scope.NONE, () -> Call.of("/api/v1/targets/2026/etdz")));
        r.put(p + "PUT /api/v1/targets/{year}/{district}", new Rule(ADMIN, Scope.NONE, () -> Call.of("/api/v1/targets/2026/etdz",
                Map.of("targets", List.of(Map.of("metric", "SIGNED_AMOUNT", "value", "8000000"))))));

        String a = "assist-service ";
        r.put(a + "GET /api/v1/sla-policies", new Rule(ALL, Scope.NONE, () -> Call.of("/api/v1/sla-policies")));
        r.put(a + "PUT /api/v1/sla-policies/{category}", new Rule(ADMIN, Scope.NONE, () -> Call.of("/api/v1/sla-policies/OTHER",
                Map.of("responseAmount", 4, "responseUnit", "WORKING_HOURS", "resolutionAmount", 3, "resolutionUnit", "WORKING_DAYS"))));
        r.put(a + "GET /api/v1/calendar/years", new Rule(ALL, Scope.NONE, () -> Call.of("/api/v1/calendar/years")));
        r.put(a + "GET /api/v1/calendar/years/{year}", new Rule(ALL, Scope.NONE, () -> Call.of("/api/v1/calendar/years/2090")));
        r.put(a + "PUT /api/v1/calendar/years/{year}", new Rule(ADMIN, Scope.NONE, () -> Call.of("/api/v1/calendar/years/2090",
                statutoryArrangement(2090))));
        r.put(a + "GET /api/v1/stats/tickets", new Rule(Set.of("supervisor", "admin"), Scope.NONE,
                () -> Call.of("/api/v1/stats/tickets?groupBy=district")));
        r.put(a + "GET /api/v1/stats/tickets.xlsx", new Rule(Set.of("supervisor", "admin"), Scope.NONE,
                () -> Call.of("/api/v1/stats/tickets.xlsx?groupBy=district")));
        r.put(a + "POST /api/v1/tickets", new Rule(SUBMITTERS, Scope.PROJECT, () -> Call.of("/api/v1/tickets", ticketBody())));
        r.put(a + "GET /api/v1/tickets", new Rule(ALL, Scope.NONE, () -> Call.of("/api/v1/tickets?size=100")));
        r.put(a + "GET /api/v1/tickets/{id}", new Rule(ALL, Scope.TICKET, () -> Call.of("/api/v1/tickets/" + ticketA)));
        r.put(a + "GET /api/v1/tickets/{id}/timeline", new Rule(ALL, Scope.TICKET, () -> Call.of("/api/v1/tickets/" + ticketA + "/timeline")));
        r.put(a + "POST /api/v1/tickets/{id}/accept", new Rule(TEAM, Scope.TICKET, () -> action(submitted(), "accept", null)));
        r.put(a + "POST /api/v1/tickets/{id}/assign", new Rule(TEAM, Scope.TICKET, () -> action(submitted(), "assign",
                Map.of("assignee", Who.TEAM_STAFF.subject()))));
        r.put(a + "POST /api/v1/tickets/{id}/comments", new Rule(ALL, Scope.TICKET, () -> action(submitted(), "comments",
                Map.of("body", "请问进展如何"))));
        r.put(a + "POST /api/v1/tickets/{id}/resolve", new Rule(TEAM, Scope.TICKET, () -> action(accepted(), "resolve",
                Map.of("resolution", "杆线已迁移"))));
        r.put(a + "POST /api/v1/tickets/{id}/pause", new Rule(TEAM, Scope.TICKET, () -> action(accepted(), "pause",
                Map.of("waitingOn", "DEPARTMENT", "department", "供电公司", "reason", "等待停电窗口"))));
        r.put(a + "POST /api/v1/tickets/{id}/resume", new Rule(TEAM, Scope.TICKET, () -> action(paused(), "resume", null)));
        r.put(a + "POST /api/v1/tickets/{id}/escalate", new Rule(OFFICIALS, Scope.TICKET, () -> action(submitted(), "escalate",
                Map.of("reason", "迟迟未响应"))));
        r.put(a + "POST /api/v1/tickets/{id}/meeting", new Rule(OFFICIALS, Scope.TICKET, () -> action(submitted(), "meeting",
                meetingBody())));
        r.put(a + "POST /api/v1/tickets/{id}/meeting/decision", new Rule(OFFICIALS, Scope.TICKET, () -> action(withMeeting(),
                "meeting/decision", Map.of("decision", "供电公司本周内迁移"))));
        r.put(a + "POST /api/v1/tickets/{id}/confirm", new Rule(ENTERPRISE, Scope.TICKET, () -> action(resolved(), "confirm",
                Map.of("rating", 5))));
        r.put(a + "POST /api/v1/tickets/{id}/reopen", new Rule(ENTERPRISE, Scope.TICKET, () -> action(resolved(), "reopen",
                Map.of("reason", "问题复现"))));

        String n = "notify-service ";
        r.put(n + "GET /api/v1/notifications", new Rule(ALL, Scope.NONE, () -> Call.of("/api/v1/notifications?size=100")));
        r.put(n + "GET /api/v1/notifications/stream", new Rule(ALL, Scope.NONE, () -> Call.of("/api/v1/notifications/stream")));
        r.put(n + "POST /api/v1/notifications/stream-tickets", new Rule(ALL, Scope.NONE,
                () -> Call.of("/api/v1/notifications/stream-tickets", Map.of())));
        r.put(n + "POST /api/v1/notifications/read-all", new Rule(ALL, Scope.NONE, () -> Call.of("/api/v1/notifications/read-all")));
        r.put(n + "POST /api/v1/notifications/{id}/read", new Rule(ALL, Scope.OWN_NOTIFICATION,
                () -> Call.of("/api/v1/notifications/" + notificationOfA + "/read")));
        r.put(n + "GET /api/v1/deliveries", new Rule(ALL, Scope.DELIVERIES_OF_A,
                () -> Call.of("/api/v1/deliveries?notificationId=" + notificationOfA)));
        r.put(n + "GET /api/v1/briefs/{district}", new Rule(Set.of("supervisor", "admin"), Scope.DISTRICT_RECORD,
                () -> Call.of("/api/v1/briefs/etdz")));
        r.put(n + "GET /api/v1/preferences", new Rule(ALL, Scope.NONE, () -> Call.of("/api/v1/preferences")));
        r.put(n + "PUT /api/v1/preferences", new Rule(ALL, Scope.NONE, () -> Call.of("/api/v1/preferences",
                Map.of("quietStart", "22:00", "quietEnd", "07:00"))));
        r.put(n + "GET /api/v1/webhooks", new Rule(OFFICIALS, Scope.NONE, () -> Call.of("/api/v1/webhooks")));
        r.put(n + "POST /api/v1/webhooks", new Rule(OFFICIALS, Scope.NONE, () -> Call.of("/api/v1/webhooks", webhookBody())));
        r.put(n + "DELETE /api/v1/webhooks/{id}", new Rule(OFFICIALS, Scope.OWN_WEBHOOK, () -> Call.of("/api/v1/webhooks/" + teamWebhook())));

        for (String service : PORTS.keySet()) {
            r.put(service + " GET /api/v1/audit", new Rule(ADMIN, Scope.NONE, () -> Call.of("/api/v1/audit")));
        }
        return r;
    }

    /** "service METHOD path" → port, for every operation of the three OpenAPI documents. */
    private Map<String, Integer> operations() throws Exception {
        Map<String, Integer> operations = new TreeMap<>();
        for (Map.Entry<String, Integer> service : PORTS.entrySet()) {
            JsonNode openApi = stack.get(service.getValue(), "/q/openapi?format=json", null);
            for (RequestFuzzer.Operation operation : RequestFuzzer.operations(openApi)) {
                if (operation.path().startsWith("/api/")) {
                    operations.put(service.getKey() + " " + operation.method().toUpperCase() + " " + operation.path(), service.getValue());
                }
            }
        }
        assertTrue(operations.size() >= 55, "all three documents were read: " + operations.size());
        return operations;
    }

    // --- fixtures: fresh objects in the state an operation needs ---------------------------------------

    private void setUp() throws Exception {
        for (Who who : Who.values()) {
            if (who != Who.ANONYMOUS) {
                Map<String, Object> claims = new LinkedHashMap<>();
                claims.put("sub", who.subject());
                claims.put("roles", List.of(who.role));
                if (who.enterprise != null) {
                    claims.put("enterprise", who.enterprise);
                }
                if (who.district != null) {
                    claims.put("district", who.district);
                }
                tokens.put(who, stack.token(RunningStack.JSON.writeValueAsString(claims)));
            }
        }
        Api admin = admin();
        enterpriseA = DemoData.enterprise(admin, "通灵集团(淮安)有限公司", CODE_A, "严荣跃");
        DemoData.enterprise(admin, "淮安矩阵科技有限公司", CODE_B, "王强");
        projectA = freshProject();
        ticketA = submitted();
        stack.post(8082, "/api/v1/tickets/" + ticketA + "/comments", tokens.get(Who.TEAM_STAFF),
                Map.of("body", INTERNAL_NOTE, "internal", true), 201);
        stack.post(8082, "/api/v1/tickets/" + ticketA + "/comments", tokens.get(Who.TEAM_STAFF), Map.of("body", PUBLIC_NOTE), 201);
        List<JsonNode> inbox = Inboxes.await(stack, tokens.get(Who.ENTERPRISE_A), Duration.ofSeconds(60),
                notifications -> Inboxes.count(notifications, "TICKET_RECEIVED") > 0);
        notificationOfA = inbox.stream().filter(x -> x.get("kind").asText().equals("TICKET_RECEIVED")).findFirst()
                .orElseThrow().get("id").asText();
        secretsOfA.add(notificationOfA);
    }

    private Api admin() {
        return new Api("http://localhost:" + (8081 + OFFSET), tokens.get(Who.ADMIN));
    }

    private String freshProject() {
        String id = admin().post("/api/v1/projects", projectBody()).get("id").asText();
        DemoData.team(admin(), id, "matrix.chief", "matrix.leader", List.of(Who.TEAM_STAFF.subject()), List.of("电力接入"));
        secretsOfA.add(id);
        return id;
    }

    private Map<String, Object> projectBody() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", "通灵智能光伏接线盒项目 " + serial.incrementAndGet());
        body.put("enterpriseId", enterpriseA);
        body.put("district", "etdz");
        body.put("industry", "photovoltaic");
        body.put("categories", List.of("INDUSTRIAL"));
        body.put("attractionMethod", "INDUSTRY_CHAIN");
        body.put("totalInvestment", "120000.00");
        body.put("agreedInvestment", "120000.00");
        body.put("stage", "SIGNED");
        body.put("stageSince", "2026-07-06");
        return body;
    }

    private static Map<String, Object> teamBody() {
        return Map.of("chief", "matrix.chief", "leaderInCharge", "matrix.leader", "members", List.of(Who.TEAM_STAFF.subject()),
                "assistingUnits", List.of("淮安经济技术开发区管委会"));
    }

    private Map<String, Object> ticketBody() {
        return Map.of("projectId", projectA, "category", "POWER_LINE_RELOCATION", "title", "高压线迁改 #" + serial.incrementAndGet(),
                "description", "地块上有10千伏线路，影响开工");
    }

    private static Map<String, Object> meetingBody() {
        return Map.of("meetingOn", LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(1).toString(), "topic", "杆线迁移会办");
    }

    private static Map<String, Object> webhookBody() {
        return Map.of("url", "http://localhost:9/hook", "secret", "0123456789abcdef0123", "kinds", List.of("SLA_BREACHED"));
    }

    private String submitted() throws Exception {
        String id = stack.post(8082, "/api/v1/tickets", tokens.get(Who.ENTERPRISE_A), ticketBody(), 201).get("id").asText();
        secretsOfA.add(id);
        return id;
    }

    private String accepted() throws Exception {
        String id = submitted();
        RunningStack.Answer accept = stack.call("POST", 8082, "/api/v1/tickets/" + id + "/accept", tokens.get(Who.TEAM_STAFF),
                null, Map.of());
        assertEquals(200, accept.status(), accept.body());
        return id;
    }

    private String paused() throws Exception {
        String id = accepted();
        stack.post(8082, "/api/v1/tickets/" + id + "/pause", tokens.get(Who.TEAM_STAFF),
                Map.of("waitingOn", "ENTERPRISE", "reason", "等待企业补充材料"), 200);
        return id;
    }

    private String resolved() throws Exception {
        String id = accepted();
        stack.post(8082, "/api/v1/tickets/" + id + "/resolve", tokens.get(Who.TEAM_STAFF), Map.of("resolution", "杆线已迁移"), 200);
        return id;
    }

    private String withMeeting() throws Exception {
        String id = submitted();
        stack.post(8082, "/api/v1/tickets/" + id + "/meeting", tokens.get(Who.TEAM_STAFF), meetingBody(), 200);
        return id;
    }

    private String teamWebhook() throws Exception {
        return stack.post(8083, "/api/v1/webhooks", tokens.get(Who.TEAM_STAFF), webhookBody(), 201).get("id").asText();
    }

    private static Call action(String ticketId, String action, Object body) {
        return Call.of("/api/v1/tickets/" + ticketId + "/" + action, body);
    }

    /** A valid unified social credit code from its first 17 characters (GB 32100-2015 check character). */
    private static String creditCode(String first17) {
        String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        int[] weights = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += alphabet.indexOf(first17.charAt(i)) * weights[i];
        }
        int check = 31 - sum % 31;
        return first17 + alphabet.charAt(check == 31 ? 0 : check);
    }

    private static String abbreviate(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "…";
    }

    /** A year's arrangement of exactly its statutory days, as the service lists them while the year is provisional. */
    private Map<String, Object> statutoryArrangement(int year) {
        try {
            List<Map<String, Object>> holidays = new java.util.ArrayList<>();
            stack.get(8082, "/api/v1/calendar/years/" + year, tokens.get(Who.ADMIN)).get("holidays").forEach(day ->
                    holidays.add(Map.of("date", day.get("date").asText(), "name", day.get("name").asText())));
            return Map.of("title", year + "年测试安排", "holidays", holidays, "workdays", List.of());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
