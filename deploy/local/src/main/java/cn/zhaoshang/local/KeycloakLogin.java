package cn.zhaoshang.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Tokens from the local Keycloak for scripts and tests: the resource-owner password grant of the realm's test client
 * ({@code zhaoshang-test}, which only the local realm has), refresh and logout. Browser apps use the
 * authorization-code flow with PKCE on {@code zhaoshang-web} instead.
 */
final class KeycloakLogin {

    static final String TEST_CLIENT = "zhaoshang-test";
    static final String DEMO_PASSWORD = "demo";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String issuer;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    KeycloakLogin(String issuer) {
        this.issuer = issuer;
    }

    /** The token answer (access_token, refresh_token, …) for a demo user. */
    JsonNode login(String username, String password) throws IOException, InterruptedException {
        return tokenCall(Map.of("grant_type", "password", "client_id", TEST_CLIENT, "username", username,
                "password", password, "scope", "openid"));
    }

    JsonNode refresh(String refreshToken) throws IOException, InterruptedException {
        return tokenCall(Map.of("grant_type", "refresh_token", "client_id", TEST_CLIENT, "refresh_token", refreshToken));
    }

    /** Ends the session at Keycloak; its refresh token is refused from then on. Returns the HTTP status (204). */
    int logout(String refreshToken) throws IOException, InterruptedException {
        return post("/protocol/openid-connect/logout", Map.of("client_id", TEST_CLIENT, "refresh_token", refreshToken)).statusCode();
    }

    String accessToken(String username) throws IOException, InterruptedException {
        return login(username, DEMO_PASSWORD).get("access_token").asText();
    }

    /** The answer of the token endpoint, whatever its status (an error is {"error": …}). */
    HttpResponse<String> post(String path, Map<String, String> form) throws IOException, InterruptedException {
        String body = form.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return http.send(HttpRequest.newBuilder(URI.create(issuer + path)).timeout(Duration.ofSeconds(15))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode tokenCall(Map<String, String> form) throws IOException, InterruptedException {
        HttpResponse<String> answer = post("/protocol/openid-connect/token", form);
        JsonNode json = JSON.readTree(answer.body());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("Keycloak refused (" + answer.statusCode() + "): " + answer.body());
        }
        return json;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
