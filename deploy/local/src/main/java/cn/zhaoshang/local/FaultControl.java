package cn.zhaoshang.local;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Only with {@code --fault-control}, for the fault tests: {@code POST /faults/{part}/{action}} stops and starts
 * the stack's parts while it runs — {@code postgres} and {@code kafka} take {@code stop} and {@code start}, a
 * service (e.g. {@code assist-service}) takes {@code kill} (SIGKILL) and {@code start}. Each call returns when
 * the action is complete (a started service is ready). Loopback only.
 */
final class FaultControl implements AutoCloseable {

    /** What the stack can do to its own parts. */
    interface Parts {
        void apply(String part, String action) throws Exception;
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final Parts parts;

    FaultControl(Parts parts, int port) throws IOException {
        this.parts = parts;
        this.server = LoopbackHttp.start(port, Map.of("/faults/", this::handle));
    }

    private void handle(HttpExchange exchange) throws IOException {
        String[] segments = exchange.getRequestURI().getPath().split("/");
        if (!"POST".equals(exchange.getRequestMethod()) || segments.length != 4) {
            reply(exchange, 404, Map.of("detail", "use POST /faults/{part}/{action}"));
            return;
        }
        Instant began = Instant.now();
        try {
            parts.apply(segments[2], segments[3]);
        } catch (IllegalArgumentException e) {
            reply(exchange, 404, Map.of("detail", e.getMessage()));
            return;
        } catch (Exception e) {
            reply(exchange, 500, Map.of("detail", String.valueOf(e.getMessage())));
            return;
        }
        Map<String, Object> done = new LinkedHashMap<>();
        done.put("part", segments[2]);
        done.put("action", segments[3]);
        done.put("tookMillis", Duration.between(began, Instant.now()).toMillis());
        reply(exchange, 200, done);
    }

    private static void reply(HttpExchange exchange, int status, Map<String, Object> body) throws IOException {
        LoopbackHttp.reply(exchange, status, "application/json", JSON.writeValueAsString(body));
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
