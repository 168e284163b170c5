package cn.zhaoshang.local;

import cn.zhaoshang.engines.DevTokens;
import cn.zhaoshang.engines.TokenRequest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hostile input against every operation of every service's OpenAPI document, on the whole stack with the
 * demo data: generated requests (wrong types, missing and unknown fields, huge and injected strings, absurd
 * money and dates, ids that are not ids, malformed JSON, invalid UTF-8, oversized bodies, any role or none)
 * must never get a 5xx; every 4xx is problem+json; no error body carries a stack trace, SQL or a class name.
 * Then the named token cases. Seeded: {@code -Dhostile.seed=N} replays a run, {@code -Dhostile.perOperation=N}
 * sets its size.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputIT {

    private static final int OFFSET = 22000;
    private static final Map<String, Integer> SERVICES = Map.of("project-service", 8081, "assist-service", 8082, "notify-service", 8083);
    private static final Pattern LEAK = Pattern.compile(
            "Exception|org\\.hibernate|org\\.postgresql|io\\.quarkus|io\\.vertx|jakarta\\.|java\\.lang|\\tat |\\bat [a-z]+\\.[a-z]+\\.[A-Za-z]"
                    + "|ERROR: |SQLState|syntax error|cn\\.zhaoshang");

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    private RunningStack stack;
    private Path data;
    private RequestFuzzer fuzzer;
    private final List<String> failures = new ArrayList<>();
    private final Map<Integer, Integer> statuses = new TreeMap<>();

    @BeforeAll
    void startStack() throws Exception {
        data = Files.createTempDirectory("hostile-input");
        stack = RunningStack.start(data, OFFSET, Map.of());
        long seed = Long.getLong("hostile.seed", System.nanoTime());
        System.out.println("hostile input seed: " + seed + " (replay with -Dhostile.seed=" + seed + ")");
        fuzzer = new RequestFuzzer(new Random(seed), knownIds(), tokens());
    }

    @AfterAll
    void stopStack() throws Exception {
        stack.close();
    }

    @Test
    void generatedRequestsAgainstEveryOperationGetNoServerErrorAndOnlyProblemJson() throws Exception {
        int perOperation = Integer.getInteger("hostile.perOperation", 60);
        int operations = 0;
        int sent = 0;
        for (Map.Entry<String, Integer> service : new TreeMap<>(SERVICES).entrySet()) {
            JsonNode openApi = stack.get(service.getValue(), "/q/openapi?format=json", null);
            for (RequestFuzzer.Operation operation : RequestFuzzer.operations(openApi)) {
                operations++;
                for (int i = 0; i < perOperation; i++) {
                    RequestFuzzer.Generated request = fuzzer.generate(operation);
                    long started = System.nanoTime();
                    Answer response = send(service.getValue(), request);
                    long millis = (System.nanoTime() - started) / 1_000_000;
                    if (Boolean.getBoolean("hostile.verbose")) {
                        System.out.println(millis + " ms " + request.method() + " " + abbreviate(request.pathAndQuery())
                                + " [" + request.description() + "] -> " + (response == null ? "-" : response.statusCode()));
                    }
                    if (millis > 5000) {
                        failures.add("slow answer (" + millis + " ms): " + request.method() + " "
                                + abbreviate(request.pathAndQuery()) + " [" + request.description() + "]");
                    }
                    check(service.getKey(), request, response);
                    sent++;
                }
            }
        }
        System.out.printf("hostile input: %d generated requests over %d operations, statuses %s%n", sent, operations, statuses);
        assertTrue(operations >= 50, "every service's operations were found: " + operations);
        assertTrue(failures.isEmpty(), failures.size() + " bad answers, first ones:\n" + String.join("\n", failures.subList(0, Math.min(20, failures.size()))));
    }

    @Test
    void injectedTextIsStoredVerbatimAndReturnedAsEscapedJson() throws Exception {
        String hostile = "<script>alert('x')</script>'; DROP TABLE ticket;-- \" \\ 中文 😀";
        String enterprise = stack.token("{\"sub\":\"tongling\",\"roles\":[\"enterprise\"],\"enterprise\":\"91320800MA20TL004Y\"}");
        String project = fuzzer.knownIds().get("project").get(0);
        JsonNode ticket = stack.post(8082, "/api/v1/tickets", enterprise,
                Map.of("projectId", project, "category", "OTHER", "title", hostile, "description", hostile), 201);
        RunningStack.Answer read = stack.send(8082, "/api/v1/tickets/" + ticket.get("id").asText(), enterprise, null);
        assertEquals(200, read.status());
        assertTrue(read.body().contains("<script>alert('x')</script>'; DROP TABLE ticket;-- \\\" \\\\"), read.body());
        assertEquals(hostile, RunningStack.JSON.readTree(read.body()).get("title").asText());
    }

    /** PostgreSQL cannot store U+0000: in a query or a body it is the client's mistake (400), and nothing is kept. */
    @Test
    void aNulCharacterIsRefusedNotAServerError() throws Exception {
        String enterprise = stack.token("{\"sub\":\"tongling\",\"roles\":[\"enterprise\"],\"enterprise\":\"91320800MA20TL004Y\"}");
        String admin = stack.token("{\"sub\":\"admin\",\"roles\":[\"admin\"]}");
        String project = fuzzer.knownIds().get("project").get(0);
        RunningStack.Answer body = stack.send(8082, "/api/v1/tickets", enterprise,
                Map.of("projectId", project, "category", "OTHER", "title", "杆线\u0000迁移", "description", "NUL"));
        assertEquals(400, body.status(), body.body());
        assertTrue(body.contentType().startsWith("application/problem+json"));
        for (Map.Entry<Integer, String> query : List.of(Map.entry(8081, "/api/v1/projects?industry=%00"),
                Map.entry(8082, "/api/v1/tickets?assignee=a%00b"), Map.entry(8081, "/api/v1/enterprises?q=%00"))) {
            assertEquals(400, stack.send(query.getKey(), query.getValue(), admin, null).status(), query.getValue());
        }
    }

    @Test
    void tokensThatMustNotPass() throws Exception {
        String issuer = "http://localhost:" + (8090 + OFFSET);
        DevTokens real = DevTokens.loadOrCreate(data.resolve("keys"), issuer);
        TokenRequest admin = new TokenRequest("admin", List.of("admin"), null, null);
        ObjectNode claims = RunningStack.JSON.createObjectNode().put("sub", "admin").put("iss", issuer)
                .put("exp", System.currentTimeMillis() / 1000 + 600);
        claims.putArray("groups").add("admin");
        String unsigned = b64(RunningStack.JSON.writeValueAsBytes(Map.of("alg", "none", "typ", "JWT"))) + "."
                + b64(RunningStack.JSON.writeValueAsBytes(claims)) + ".";
        long now = System.currentTimeMillis() / 1000;
        Map<String, Optional<String>> refused = new java.util.HashMap<>();
        refused.put("another application's audience", Optional.of(real.sign(adminClaims(issuer, now).put("aud", "other-app"))));
        refused.put("no audience", Optional.of(real.sign(adminClaims(issuer, now))));
        refused.put("issued an hour from now", Optional.of(real.sign(
                adminClaims(issuer, now + 3600).put("aud", DevTokens.AUDIENCE))));
        refused.putAll(Map.of(
                "none", Optional.empty(),
                "expired", Optional.of(real.issue(admin, Duration.ofSeconds(-600))),
                "wrong signature", Optional.of(DevTokens.generate(issuer).issue(admin, Duration.ofMinutes(10))),
                "wrong issuer", Optional.of(DevTokens.loadOrCreate(data.resolve("keys"), "http://evil.example").issue(admin, Duration.ofMinutes(10))),
                "alg none", Optional.of(unsigned),
                "garbage", Optional.of("not.a.jwt")));
        Map<Integer, String> protectedPaths = Map.of(8081, "/api/v1/projects", 8082, "/api/v1/tickets", 8083, "/api/v1/notifications");
        for (Map.Entry<String, Optional<String>> token : refused.entrySet()) {
            for (Map.Entry<Integer, String> path : protectedPaths.entrySet()) {
                RunningStack.Answer response = stack.send(path.getKey(), path.getValue(), token.getValue().orElse(null), null);
                assertEquals(401, response.status(), token.getKey() + " on " + path);
                assertTrue(response.contentType().startsWith("application/problem+json"), token.getKey());
            }
        }
        String unknownRole = real.issue(new TokenRequest("mallory", List.of("hacker"), null, null), Duration.ofMinutes(10));
        assertEquals(403, stack.send(8081, "/api/v1/projects", unknownRole, null).status());
        assertEquals(403, stack.send(8082, "/api/v1/sla-policies", unknownRole, null).status());
        assertEquals(403, stack.send(8083, "/api/v1/webhooks", unknownRole, null).status());
    }

    /** An admin's claims as the real issuer writes them, issued at {@code issuedAt}, without an audience. */
    private static ObjectNode adminClaims(String issuer, long issuedAt) {
        ObjectNode claims = RunningStack.JSON.createObjectNode().put("iss", issuer).put("sub", "admin").put("upn", "admin")
                .put("jti", java.util.UUID.randomUUID().toString()).put("iat", issuedAt).put("exp", issuedAt + 600);
        claims.putArray("groups").add("admin");
        return claims;
    }

    /** What came back: status, content type and, unless it is a live stream, the body. */
    private record Answer(int statusCode, String contentType, String body) {
    }

    private Answer send(int port, RequestFuzzer.Generated request) throws Exception {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + (port + OFFSET) + request.pathAndQuery()))
                .timeout(Duration.ofSeconds(15))
                .method(request.method(), request.body() == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(request.body()));
        if (request.contentType() != null) {
            builder.header("Content-Type", request.contentType());
        }
        request.token().ifPresent(token -> builder.header("Authorization", "Bearer " + token));
        try {
            // an oversized body goes on a connection of its own: what the server leaves unread must not be read
            // as the next request
            boolean oversized = request.body() != null && request.body().length > RequestFuzzer.BODY_LIMIT;
            HttpClient client = oversized ? HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build() : http;
            HttpResponse<java.io.InputStream> response = client.send(builder.build(), HttpResponse.BodyHandlers.ofInputStream());
            String type = response.headers().firstValue("Content-Type").orElse("");
            try (java.io.InputStream body = response.body()) {
                boolean endless = request.streaming() && response.statusCode() == 200;
                return new Answer(response.statusCode(), type,
                        endless ? "" : new String(body.readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (java.io.IOException e) {
            // the server may close the connection on an oversized body it has already answered
            if (request.body() == null || request.body().length <= RequestFuzzer.BODY_LIMIT) {
                failures.add("no answer (" + e.getMessage() + "): " + request.method() + " " + abbreviate(request.pathAndQuery())
                        + " [" + request.description() + "]");
            }
            return null;
        }
    }

    private void check(String service, RequestFuzzer.Generated request, Answer response) {
        if (response == null) {
            return;
        }
        int status = response.statusCode();
        statuses.merge(status, 1, Integer::sum);
        String body = response.body();
        String what = service + " " + request.method() + " " + abbreviate(request.pathAndQuery()) + " [" + request.description() + "] -> "
                + status + " " + abbreviate(body);
        if (status >= 500) {
            failures.add("server error: " + what);
        } else if (status >= 400) {
            String type = response.contentType();
            if (!type.startsWith("application/problem+json")) {
                failures.add("not problem+json (" + type + "): " + what);
            } else if (!problemWithStatus(body, status)) {
                failures.add("problem body without its status: " + what);
            }
            if (LEAK.matcher(body).find()) {
                failures.add("internals in an error body: " + what);
            }
        }
    }

    private static boolean problemWithStatus(String body, int status) {
        try {
            JsonNode problem = RunningStack.JSON.readTree(body);
            return problem.path("status").asInt() == status && problem.hasNonNull("title");
        } catch (Exception e) {
            return false;
        }
    }

    private Map<String, List<String>> knownIds() throws Exception {
        String admin = stack.token("{\"sub\":\"admin\",\"roles\":[\"admin\"]}");
        String enterprise = stack.token("{\"sub\":\"tongling\",\"roles\":[\"enterprise\"],\"enterprise\":\"91320800MA20TL004Y\"}");
        List<String> projects = new ArrayList<>();
        stack.get(8081, "/api/v1/projects?size=100", admin).get("items").forEach(p -> projects.add(p.get("id").asText()));
        List<String> enterprises = new ArrayList<>();
        stack.get(8081, "/api/v1/enterprises?size=100", admin).forEach(e -> enterprises.add(e.get("id").asText()));
        String tongling = projects.stream().filter(id -> {
            try {
                return stack.status(8081, "/api/v1/projects/" + id, enterprise) == 200;
            } catch (Exception e) {
                return false;
            }
        }).findFirst().orElseThrow();
        List<String> tickets = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            tickets.add(stack.post(8082, "/api/v1/tickets", enterprise, Map.of("projectId", tongling, "category", "POWER_LINE_RELOCATION",
                    "title", "高压线迁改 " + i, "description", "地块上有10千伏线路"), 201).get("id").asText());
        }
        // the tickets' notifications arrive through Kafka; an empty pool could not be drawn from
        List<String> notifications = new ArrayList<>();
        for (int tries = 0; notifications.isEmpty() && tries < 60; tries++) {
            Thread.sleep(500);
            stack.get(8083, "/api/v1/notifications", enterprise).get("items").forEach(n -> notifications.add(n.get("id").asText()));
        }
        assertTrue(!notifications.isEmpty(), "the enterprise's notifications arrived");
        List<String> all = new ArrayList<>(List.of(tongling));
        all.addAll(projects);
        return Map.of("project", all, "enterprise", enterprises, "ticket", tickets, "notification", notifications);
    }

    private List<Optional<String>> tokens() throws Exception {
        List<Optional<String>> tokens = new ArrayList<>();
        tokens.add(Optional.empty());
        for (String claims : List.of("{\"sub\":\"admin\",\"roles\":[\"admin\"]}",
                "{\"sub\":\"zhang.wei\",\"roles\":[\"staff\"],\"district\":\"etdz\"}",
                "{\"sub\":\"wang.jun\",\"roles\":[\"supervisor\"],\"district\":\"etdz\"}",
                "{\"sub\":\"tongling\",\"roles\":[\"enterprise\"],\"enterprise\":\"91320800MA20TL004Y\"}")) {
            tokens.add(Optional.of(stack.token(claims)));
        }
        return tokens;
    }

    private static String b64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
