package cn.zhaoshang.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Runs the README's stack as a newcomer would (on shifted ports), uses it, stops it, and looks for leftovers. */
class LocalStackIT {

    private static final int OFFSET = 20000;
    private static final List<Integer> PORTS = List.of(5432, 9092, 9093, 8081, 8082, 8083, 8090, 2525, 8025);
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();

    @TempDir
    Path data;

    @Test
    void startsEverythingWithDemoDataAnswersWithTokensAndLeavesNothingBehind() throws Exception {
        Process stack = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", System.getProperty("stack.jar"), "--root", System.getProperty("stack.root"),
                "--data-dir", data.toString(), "--port-offset", Integer.toString(OFFSET), "--fresh")
                .redirectErrorStream(true).start();
        CompletableFuture<String> ready = CompletableFuture.supplyAsync(() -> readUntilReady(stack));
        try {
            String output = ready.get(4, TimeUnit.MINUTES);
            assertTrue(output.contains("READY"), output);

            String admin = token("{\"sub\":\"admin\",\"roles\":[\"admin\"]}");
            JsonNode projects = get(8081, "/api/v1/projects?size=100", admin);
            assertTrue(projects.get("total").asInt() >= 8, "demo projects are loaded: " + projects);
            assertEquals(200, status(8082, "/api/v1/sla-policies", admin));
            String supervisor = token("{\"sub\":\"wang.jun\",\"roles\":[\"supervisor\"],\"district\":\"etdz\"}");
            assertEquals(200, status(8083, "/api/v1/notifications", supervisor));
            assertEquals(401, status(8081, "/api/v1/projects", null));
        } finally {
            stack.destroy(); // SIGTERM, as Ctrl-C would
            assertTrue(stack.waitFor(90, TimeUnit.SECONDS), "the stack stops within 90 s");
        }
        for (int port : PORTS) {
            assertFalse(listening(port + OFFSET), "something still listens on " + (port + OFFSET));
        }
    }

    private static String readUntilReady(Process process) {
        StringBuilder seen = new StringBuilder();
        // Not closed here: once READY is seen, a daemon thread keeps draining until the stack exits.
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        try {
            String line;
            while ((line = out.readLine()) != null) {
                seen.append(line).append('\n');
                if (line.contains("READY")) {
                    Thread drain = new Thread(() -> drain(out));
                    drain.setDaemon(true);
                    drain.start();
                    return seen.toString();
                }
            }
        } catch (Exception e) {
            seen.append(e);
        }
        return seen.toString();
    }

    /** Keeps reading the stack's output so it never blocks on a full pipe; ends when the stack does. */
    private static void drain(BufferedReader out) {
        try {
            while (out.readLine() != null) {
                // discard
            }
        } catch (java.io.IOException ended) {
            // the stack exited
        }
    }

    private String token(String body) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + (8090 + OFFSET) + "/token"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return JSON.readTree(response.body()).get("access_token").asText();
    }

    private JsonNode get(int port, String path, String token) throws Exception {
        HttpResponse<String> response = http.send(request(port, path, token), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return JSON.readTree(response.body());
    }

    private int status(int port, String path, String token) throws Exception {
        return http.send(request(port, path, token), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static HttpRequest request(int port, String path, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + (port + OFFSET) + path))
                .timeout(Duration.ofSeconds(20));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder.build();
    }

    private static boolean listening(int port) {
        try (Socket ignored = new Socket("localhost", port)) {
            return true;
        } catch (Exception e) {
            return false;
        }
    }
}
