package cn.zhaoshang.notify;

import com.sun.net.httpserver.HttpServer;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A chat robot for tests: checks each call's signature the way a receiver should (its own HMAC of
 * timestamp.body with the shared secret, and a fresh timestamp), and answers 503 to the first N calls.
 * It listens on 127.0.0.2, the one loopback address the test configuration opens to webhooks on purpose,
 * so every other internal address (127.0.0.1 included) stays closed in the tests too.
 */
public final class WebhookReceiver implements AutoCloseable {

    public static final String HOST = "127.0.0.2";

    public record Call(String body, boolean signatureValid, int answered, Instant arrived) {
    }

    private final HttpServer server;
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final AtomicInteger failuresLeft;
    private final ExecutorService answering = Executors.newFixedThreadPool(8);

    public WebhookReceiver(String secret, int failFirst) throws IOException {
        this(secret, failFirst, Duration.ZERO);
    }

    /** A robot that takes {@code answerAfter} to answer each call, several calls at a time. */
    public WebhookReceiver(String secret, int failFirst, Duration answerAfter) throws IOException {
        failuresLeft = new AtomicInteger(failFirst);
        server = HttpServer.create(new InetSocketAddress(HOST, 0), 0);
        server.setExecutor(answering);
        server.createContext("/robot", exchange -> {
            Instant arrived = Instant.now();
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String timestamp = exchange.getRequestHeaders().getFirst("X-Timestamp");
            String signature = exchange.getRequestHeaders().getFirst("X-Signature");
            boolean fresh = timestamp != null && Math.abs(System.currentTimeMillis() / 1000 - Long.parseLong(timestamp)) < 300;
            boolean valid = fresh && ("sha256=" + hmac(secret, timestamp + "." + body)).equals(signature);
            int status = failuresLeft.getAndDecrement() > 0 ? 503 : (valid ? 200 : 401);
            calls.add(new Call(body, valid, status, arrived));
            try {
                Thread.sleep(answerAfter.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    public String url() {
        return "http://" + HOST + ":" + server.getAddress().getPort() + "/robot";
    }

    public List<Call> calls() {
        return calls;
    }

    private static String hmac(String secret, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        answering.shutdownNow();
    }
}
