package cn.zhaoshang.notify.webhook;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A subscription; the secret is shown once, in the answer to its creation. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WebhookView(UUID id, String owner, String url, List<String> kinds, Instant createdAt, String secret) {

    static WebhookView of(Webhook w, boolean withSecret) {
        return new WebhookView(w.id, w.owner, w.url, w.kinds, w.createdAt, withSecret ? w.secret : null);
    }
}
