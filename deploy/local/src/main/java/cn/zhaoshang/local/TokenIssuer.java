package cn.zhaoshang.local;

import cn.zhaoshang.engines.DevTokens;
import cn.zhaoshang.engines.TokenRequest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The local stack's dev token issuer: {@code POST /token} with {@code {"sub","roles":[...],"enterprise"?,"district"?}}
 * returns {@code {"access_token": ...}}; {@code GET /jwks} publishes the key the services verify with.
 * It listens on loopback only and exists only here, never inside a service.
 */
final class TokenIssuer implements AutoCloseable {

    static final Set<String> ROLES = Set.of("enterprise", "staff", "supervisor", "admin");
    private static final Duration LIFETIME = Duration.ofHours(12);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final DevTokens tokens;

    TokenIssuer(DevTokens tokens, int port) throws IOException {
        this.tokens = tokens;
        this.server = LoopbackHttp.start(port, Map.of("/token", this::token,
                "/jwks", exchange -> LoopbackHttp.reply(exchange, 200, "application/json", tokens.jwks())));
    }

    String issuer() {
        return tokens.issuer();
    }

    String issue(String sub, List<String> roles, String enterprise, String district) {
        return tokens.issue(new TokenRequest(sub, roles, enterprise, district), LIFETIME);
    }

    private void token(HttpExchange exchange) throws IOException {
        if (!"POST".equals(exchange.getRequestMethod())) {
            problem(exchange, 405, "use POST with {\"sub\", \"roles\": [...], \"enterprise\"?, \"district\"?}");
            return;
        }
        JsonNode body;
        try (InputStream in = exchange.getRequestBody()) {
            body = JSON.readTree(in.readNBytes(64 * 1024));
        } catch (IOException e) {
            problem(exchange, 400, "the body is not JSON");
            return;
        }
        String sub = text(body, "sub");
        List<String> roles = new ArrayList<>();
        if (body != null && body.path("roles").isArray()) {
            body.path("roles").forEach(role -> roles.add(role.asText()));
        }
        if (sub == null || sub.isBlank() || roles.isEmpty() || !ROLES.containsAll(roles)) {
            problem(exchange, 400, "need a non-empty sub and roles from " + ROLES);
            return;
        }
        String token = issue(sub, roles, text(body, "enterprise"), text(body, "district"));
        LoopbackHttp.reply(exchange, 200, "application/json", JSON.writeValueAsString(Map.of(
                "access_token", token, "token_type", "Bearer", "expires_in", LIFETIME.toSeconds())));
    }

    private static String text(JsonNode body, String field) {
        return body == null || !body.hasNonNull(field) ? null : body.get(field).asText();
    }

    private static void problem(HttpExchange exchange, int status, String detail) throws IOException {
        LoopbackHttp.reply(exchange, status, "application/problem+json", JSON.writeValueAsString(Map.of(
                "type", "about:blank", "title", status == 405 ? "Method Not Allowed" : "Bad Request",
                "status", status, "detail", detail, "instance", exchange.getRequestURI().getPath())));
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
