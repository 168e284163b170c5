package cn.zhaoshang.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import cn.zhaoshang.engines.FreePorts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The launcher run as a newcomer runs it (its jar, a child process), on shifted ports, and spoken to over HTTP. */
final class RunningStack implements AutoCloseable {

    static final ObjectMapper JSON = new ObjectMapper();

    private final Process process;
    private final int offset;
    private final HttpClient http = HttpClient.newHttpClient();

    private RunningStack(Process process, int offset) {
        this.process = process;
        this.offset = offset;
    }

    /** Starts the stack on a fresh data directory and waits for READY (at most four minutes). */
    static RunningStack start(Path data, int offset, Map<String, String> env, String... options) throws Exception {
        List<String> shifted = new ArrayList<>(List.of("--port-offset", Integer.toString(offset)));
        shifted.addAll(List.of(options));
        int highest = StackOptions.parse(shifted.toArray(String[]::new)).highestPort();
        // a test's ports in the range the kernel gives outgoing connections fail now and then with "port taken"
        assertTrue(highest < FreePorts.ephemeralRangeStart(), () -> "offset " + offset + " puts ports up to " + highest
                + " in the range for outgoing connections (from " + FreePorts.ephemeralRangeStart() + "): choose a lower one");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", System.getProperty("stack.jar"), "--root", System.getProperty("stack.root"),
                "--data-dir", data.toString(), "--port-offset", Integer.toString(offset), "--fresh"));
        command.addAll(List.of(options));
        if (!command.contains("--keycloak")) {
            // Keycloak and the console are for the tests that log in at the realm; the others use the dev issuer
            command.add("--api-only");
        }
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        // the stack tests send thousands of refused calls from one address on purpose; the chassis tests the throttle
        builder.environment().put("CHASSIS_AUTH_THROTTLE_MAX_FAILURES", "1000000");
        builder.environment().putAll(env);
        Process process = builder.start();
        RunningStack stack = new RunningStack(process, offset);
        try {
            String output = CompletableFuture.supplyAsync(() -> readUntilReady(process)).get(4, TimeUnit.MINUTES);
            // the reason is at the end of what it printed: put it first, where a shortened report still shows it
            assertTrue(output.contains("READY"), () -> "the stack did not start; its last lines:\n" + lastLines(output, 12)
                    + "\n--- everything it printed:\n" + output);
        } catch (Exception | AssertionError e) {
            stack.close();
            throw e;
        }
        return stack;
    }

    /** SIGTERM, as Ctrl-C would; true if everything stopped within 90 s. */
    boolean stop() throws InterruptedException {
        process.destroy();
        return process.waitFor(90, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        if (!stop()) {
            process.destroyForcibly();
        }
    }

    boolean listening(int defaultPort) {
        try (Socket ignored = new Socket("localhost", defaultPort + offset)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    String token(String claims) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(url(8090, "/token"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(claims)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return JSON.readTree(response.body()).get("access_token").asText();
    }

    JsonNode get(int port, String path, String token) throws Exception {
        return expect(200, path, send(port, path, token, null));
    }

    JsonNode post(int port, String path, String token, Object body, int expected) throws Exception {
        return expect(expected, path, send(port, path, token, body));
    }

    int status(int port, String path, String token) throws Exception {
        return send(port, path, token, null).status();
    }

    /** Asks the stack (started with --fault-control) to stop, start or kill one of its parts; returns when done. */
    void fault(String part, String action) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(url(8099, "/faults/" + part + "/" + action))
                .timeout(Duration.ofMinutes(3)).POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), action + " " + part + ": " + response.body());
    }

    URI url(int port, String path) {
        return URI.create("http://localhost:" + (port + offset) + path);
    }

    /** GET without a body, POST with a JSON one. */
    Answer send(int port, String path, String token, Object body) throws Exception {
        return call(body == null ? "GET" : "POST", port, path, token, body, Map.of());
    }

    /** A file sent as the form field {@code file} of a multipart/form-data body. */
    record Upload(String fileName, byte[] content) {
        byte[] multipart(String boundary) {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                    + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            out.writeBytes(content);
            out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            return out.toByteArray();
        }
    }

    /** An answer read whole, except an event stream's, of which only the head is read. */
    record Answer(int status, String contentType, String body, java.net.http.HttpHeaders headers) {
        JsonNode json() throws IOException {
            return JSON.readTree(body);
        }
    }

    /** A download (a spreadsheet) as bytes; 200 expected. */
    byte[] download(int port, String path, String token) throws Exception {
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(url(port, path)).header("Authorization", "Bearer " + token)
                .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode(), path);
        return response.body();
    }

    /** Any method, with an optional JSON body (or an {@link Upload}) and extra headers. */
    Answer call(String method, int port, String pathAndQuery, String token, Object body, Map<String, String> headers)
            throws Exception {
        HttpRequest.Builder builder = HttpRequest.newBuilder(url(port, pathAndQuery)).timeout(Duration.ofSeconds(30));
        if (body instanceof Upload upload) {
            String boundary = "----zhaoshang" + java.util.UUID.randomUUID();
            builder.method(method, HttpRequest.BodyPublishers.ofByteArray(upload.multipart(boundary)))
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary);
        } else {
            builder.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
            if (body != null) {
                builder.header("Content-Type", "application/json");
            }
        }
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        headers.forEach(builder::header);
        HttpResponse<java.io.InputStream> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofInputStream());
        String type = response.headers().firstValue("Content-Type").orElse("");
        try (java.io.InputStream in = response.body()) {
            boolean endless = type.startsWith("text/event-stream");
            return new Answer(response.statusCode(), type,
                    endless ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8), response.headers());
        }
    }

    private static JsonNode expect(int status, String path, Answer answer) throws IOException {
        assertEquals(status, answer.status(), path + ": " + answer.body());
        return answer.body().isEmpty() ? JSON.nullNode() : JSON.readTree(answer.body());
    }

    private static String lastLines(String output, int count) {
        List<String> lines = output.lines().toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - count), lines.size()));
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
        } catch (IOException e) {
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
        } catch (IOException ended) {
            // the stack exited
        }
    }
}
