package cn.zhaoshang.notify.delivery;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Posts a notification to a webhook: a chat-robot text message ({@code msgtype}, {@code text.content}, the
 * shape WeCom and DingTalk robots take) plus the notification itself, signed with the subscription's secret.
 */
@ApplicationScoped
public class WebhookSender {

    private final HttpClient http;
    private final ObjectMapper json;
    private final Clock clock;
    private final Duration timeout;

    public WebhookSender(ObjectMapper json, Clock clock, ChannelSettings.Webhook settings) {
        Duration timeout = settings.timeout();
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
        this.json = json;
        this.clock = clock;
        this.timeout = timeout;
    }

    SendResult send(String url, String secret, Outgoing n) {
        String body = body(n);
        long timestamp = clock.instant().getEpochSecond();
        try {
            HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(timeout)
                    .header("Content-Type", "application/json; charset=utf-8")
                    .header("X-Timestamp", Long.toString(timestamp))
                    .header("X-Signature", WebhookSignature.sign(secret, timestamp, body))
                    .header("X-Delivery-Id", n.deliveryId().toString())
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding());
            int status = response.statusCode();
            return status / 100 == 2 ? SendResult.ok(status) : SendResult.failed(status, "HTTP " + status);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return SendResult.failed(-1, "interrupted");
        } catch (Exception e) {
            return SendResult.failed(-1, e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        }
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
