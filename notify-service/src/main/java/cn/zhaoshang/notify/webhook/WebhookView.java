package cn.zhaoshang.notify.webhook;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A subscription; the secret is shown once, in the answer to its creation, and the full URL only to its owner. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WebhookView(
        UUID id,
        String owner,
        @Schema(description = "The full URL, to its owner only: chat robots carry their access key in the query")
        String url,
        @Schema(description = "Scheme, host, port and path of the URL, without its query", example = "https://qyapi.weixin.qq.com/cgi-bin/webhook/send")
        String target,
        List<String> kinds,
        Instant createdAt,
        @Schema(description = "The signing secret, in the answer to the creation only")
        String secret) {

    static WebhookView of(Webhook w, boolean withSecret, String viewer) {
        return new WebhookView(w.id, w.owner, w.owner.equals(viewer) ? w.url : null, WebhookTargets.display(w.url), w.kinds,
                w.createdAt, withSecret ? w.secret : null);
    }
}
