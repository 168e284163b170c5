package cn.zhaoshang.notify.delivery;

import cn.zhaoshang.notify.webhook.WebhookSettings;
import cn.zhaoshang.notify.webhook.WebhookTargets;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import javax.net.ssl.SSLException;
import java.net.ConnectException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeoutException;

/**
 * Posts a notification to a webhook: a chat-robot text message ({@code msgtype}, {@code text.content}, the
 * shape WeCom and DingTalk robots take) plus the notification itself, signed with the subscription's secret.
 * Calls are asynchronous and bounded (connect and answer timeouts, a few connections per target address, whose
 * queue waits no longer than the connect timeout), so a slow target holds up only itself. The target is checked
 * again before each call and the call goes to the address that was checked.
 */
@ApplicationScoped
public class WebhookSender {

    private final Vertx vertx;
    private final HttpClient http;
    private final ObjectMapper json;
    private final Clock clock;
    private final WebhookTargets targets;
    private final long connectMillis;
    private final long answerMillis;

    public WebhookSender(Vertx vertx, ObjectMapper json, Clock clock, WebhookSettings settings, WebhookTargets targets) {
        this.vertx = vertx;
        this.connectMillis = settings.connectTimeout().toMillis();
        this.answerMillis = settings.timeout().toMillis();
        this.http = vertx.createHttpClient(new HttpClientOptions().setConnectTimeout((int) connectMillis).setForceSni(true)
                .setVerifyHost(true), new PoolOptions().setHttp1MaxSize(settings.perTargetConnections()));
        this.json = json;
        this.clock = clock;
        this.targets = targets;
    }

    @PreDestroy
    void close() {
        http.close();
    }

    /** Checks the target, then posts; completes with how it went, never exceptionally. */
    CompletionStage<SendResult> send(String url, String secret, Outgoing n) {
        WebhookTargets.Target target;
        try {
            target = targets.check(url);
        } catch (WebhookTargets.Refused refused) {
            return CompletableFuture.completedFuture(SendResult.refusedTarget());
        }
        String body = body(n);
        long timestamp = clock.instant().getEpochSecond();
        RequestOptions options = new RequestOptions().setMethod(HttpMethod.POST)
                .setServer(SocketAddress.inetSocketAddress(target.port(), target.address().getHostAddress()))
                .setHost(target.host()).setPort(target.port()).setSsl(target.tls()).setURI(target.pathAndQuery())
                .setConnectTimeout(connectMillis).setIdleTimeout(answerMillis).setFollowRedirects(false)
                .putHeader("Content-Type", "application/json; charset=utf-8")
                .putHeader("X-Timestamp", Long.toString(timestamp))
                .putHeader("X-Signature", WebhookSignature.sign(secret, timestamp, body))
                .putHeader("X-Delivery-Id", n.deliveryId().toString());
        return http.request(options).compose(request -> call(request, body))
                .map(status -> status / 100 == 2 ? SendResult.ok(status) : SendResult.failed(status, "HTTP " + status))
                .otherwise(WebhookSender::failure)
                .toCompletionStage();
    }

    /** Sends and reads the answer (dropping its body), cut off when the whole call outlasts both timeouts. */
    private Future<Integer> call(HttpClientRequest request, String body) {
        long deadline = vertx.setTimer(connectMillis + answerMillis, id -> request.reset(0, new TimeoutException("deadline")));
        return request.send(body).compose(response -> {
            response.handler(ignored -> { });
            return response.end().map(done -> response.statusCode());
        }).onComplete(done -> vertx.cancelTimer(deadline));
    }

    /** Coarse on purpose: the delivery log is read by people who should learn nothing about the network from it. */
    private static SendResult failure(Throwable error) {
        Throwable cause = error;
        while (cause.getCause() != null && cause.getCause() != cause) {
            if (cause instanceof TimeoutException || cause instanceof ConnectException || cause instanceof SSLException) {
                break;
            }
            cause = cause.getCause();
        }
        if (cause instanceof TimeoutException || cause.getClass().getSimpleName().contains("Timeout")) {
            return SendResult.failed(-1, "no answer in time");
        }
        if (cause instanceof ConnectException) {
            return SendResult.failed(-1, "could not connect");
        }
        if (cause instanceof SSLException) {
            return SendResult.failed(-1, "TLS handshake failed");
        }
        return SendResult.failed(-1, "the call failed before an answer");
    }

    private String body(Outgoing n) {
        Map<String, Object> notification = new LinkedHashMap<>();
        notification.put("id", n.notificationId());
        notification.put("kind", n.kind());
        notification.put("urgency", n.urgency());
        notification.put("title", n.title());
        notification.put("body", n.body());
        notification.put("projectId", n.projectId());
        notification.put("ticketId", n.ticketId());
        notification.put("createdAt", n.createdAt().toString());
        notification.put("sequence", n.sequence());
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("msgtype", "text");
        message.put("text", Map.of("content", "【" + n.title() + "】" + n.body()));
        message.put("notification", notification);
        try {
            return json.writeValueAsString(message);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("webhook body cannot be written", e);
        }
    }
}
