package cn.zhaoshang.console.api;

import cn.zhaoshang.console.ConsoleConfig;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.oidc.AccessTokenCredential;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The services' public APIs, called with the logged-in user's access token: the console sees and may do exactly what
 * the user may, and each service decides. A refusal becomes an {@link ApiProblem}.
 */
@RequestScoped
public class Apis {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(java.time.Duration.ofSeconds(3)).build();

    @Inject
    AccessTokenCredential accessToken;
    @Inject
    ConsoleConfig config;
    @Inject
    ObjectMapper json;
    @Inject
    io.vertx.core.http.HttpServerRequest browserRequest;

    public JsonNode get(Service service, String pathAndQuery) {
        return join(getAsync(service, pathAndQuery));
    }

    /** Starts a read; the dashboard starts all of its reads at once and waits for them together. */
    public CompletableFuture<JsonNode> getAsync(Service service, String pathAndQuery) {
        return sendAsync(service, request(service, pathAndQuery).GET().build());
    }

    public JsonNode post(Service service, String path, Object body, Map<String, String> headers) {
        return send(service, "POST", path, body, headers);
    }

    public JsonNode put(Service service, String path, Object body) {
        return send(service, "PUT", path, body, Map.of());
    }

    public JsonNode send(Service service, String method, String path, Object body, Map<String, String> headers) {
        HttpRequest.Builder builder = request(service, path);
        headers.forEach(builder::header);
        if (body == null) {
            builder.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            builder.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(write(body)));
        }
        return join(sendAsync(service, builder.build()));
    }

    /**
     * Opens a Server-Sent Events stream with the user's token and hands its lines to {@code lines}; completes with the
     * HTTP status once the stream ends (0 when the service did not answer).
     */
    public CompletableFuture<Integer> stream(Service service, String path, Map<String, String> headers,
                                             java.util.concurrent.Flow.Subscriber<String> lines) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri(service, path)).header("Authorization", bearer())
                .header("Accept", "text/event-stream").timeout(java.time.Duration.ofHours(12));
        headers.forEach(builder::header);
        return HTTP.sendAsync(builder.GET().build(), HttpResponse.BodyHandlers.fromLineSubscriber(lines))
                .handle((response, failure) -> response == null ? 0 : response.statusCode());
    }

    private URI uri(Service service, String pathAndQuery) {
        return URI.create(baseUrl(service) + pathAndQuery);
    }

    private String bearer() {
        return "Bearer " + accessToken.getToken();
    }

    private HttpRequest.Builder request(Service service, String pathAndQuery) {
        return HttpRequest.newBuilder(uri(service, pathAndQuery)).timeout(config.apiTimeout())
                .header("Authorization", bearer()).header("Accept", "application/json")
                .header("Accept-Language", "zh-CN").header("User-Agent", "zhaoshang-console")
                // the services' audit trail records the person's address, not only the console's
                .header("X-Forwarded-For", forwardedFor());
    }

    private String forwardedFor() {
        String earlier = browserRequest.getHeader("X-Forwarded-For");
        String browser = browserRequest.remoteAddress() == null ? "unknown" : browserRequest.remoteAddress().hostAddress();
        return earlier == null || earlier.isBlank() ? browser : earlier + ", " + browser;
    }

    private CompletableFuture<JsonNode> sendAsync(Service service, HttpRequest request) {
        return HTTP.sendAsync(request, HttpResponse.BodyHandlers.ofString())
                .handle((response, failure) -> {
                    if (failure != null) {
                        throw new ApiProblem(service, 0, "no answer", failure.getMessage(), List.of());
                    }
                    return answer(service, response);
                });
    }

    private JsonNode answer(Service service, HttpResponse<String> response) {
        JsonNode body = read(response.body());
        if (response.statusCode() >= 400) {
            List<String> violations = new ArrayList<>();
            body.path("violations").forEach(v -> violations.add(ProblemSentences.violation(v.path("field").asText(), v.path("message").asText())));
            throw new ApiProblem(service, response.statusCode(), body.path("title").asText(""),
                    body.hasNonNull("detail") ? body.get("detail").asText() : null, violations);
        }
        return body;
    }

    private JsonNode read(String body) {
        if (body == null || body.isBlank()) {
            return json.nullNode();
        }
        try {
            return json.readTree(body);
        } catch (JsonProcessingException e) {
            return json.nullNode();
        }
    }

    private String write(Object body) {
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private String baseUrl(Service service) {
        switch (service) {
            case PROJECT:
                return config.projectApi();
            case ASSIST:
                return config.assistApi();
            default:
                return config.notifyApi();
        }
    }

    /** Waits for a call; its ApiProblem comes out as itself. */
    public static JsonNode join(CompletableFuture<JsonNode> call) {
        try {
            return call.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof ApiProblem) {
                throw (ApiProblem) e.getCause();
            }
            throw e;
        }
    }

}
