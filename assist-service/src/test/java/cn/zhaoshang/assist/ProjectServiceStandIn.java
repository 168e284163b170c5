package cn.zhaoshang.assist;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An HTTP server that answers {@code GET /api/v1/projects/{id}} the way project-service does, for the
 * projects a test puts in it: the other end of assist-service's REST fallback. {@link #failing} makes it
 * answer 503, as a project-service that is down.
 */
public class ProjectServiceStandIn implements QuarkusTestResourceLifecycleManager {

    private static final Map<UUID, String> PROJECTS = new ConcurrentHashMap<>();
    private static final AtomicInteger REQUESTS = new AtomicInteger();
    private static volatile boolean failing;
    private static volatile long delayMillis;
    private static volatile String lastAuthorization;
    private HttpServer server;

    public static void put(UUID id, String json) {
        PROJECTS.put(id, json);
    }

    public static void failing(boolean value) {
        failing = value;
    }

    /** Answers this much later, as a slow project-service. */
    public static void delay(long millis) {
        delayMillis = millis;
    }

    public static int requests() {
        return REQUESTS.get();
    }

    public static String lastAuthorization() {
        return lastAuthorization;
    }

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/api/v1/projects/", exchange -> {
            REQUESTS.incrementAndGet();
            try {
                Thread.sleep(delayMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            lastAuthorization = exchange.getRequestHeaders().getFirst("Authorization");
            String id = exchange.getRequestURI().getPath().substring("/api/v1/projects/".length());
            String body;
            int status;
            if (failing) {
                status = 503;
                body = "{\"status\":503}";
            } else {
                body = PROJECTS.get(UUID.fromString(id));
                status = body == null ? 404 : 200;
                body = body == null ? "{\"status\":404}" : body;
            }
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", status == 200 ? "application/json" : "application/problem+json");
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
        return Map.of("quarkus.rest-client.project-service.url", "http://127.0.0.1:" + server.getAddress().getPort());
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
