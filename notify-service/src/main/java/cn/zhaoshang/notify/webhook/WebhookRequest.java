package cn.zhaoshang.notify.webhook;

import jakarta.validation.constraints.NotBlank;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import jakarta.validation.constraints.Size;

import java.util.List;

/** {@code POST /webhooks}: where to post, optionally the shared secret (else one is made) and the kinds wanted. */
@Schema(examples = "{\"url\": \"https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=…\", \"secret\": \"a-shared-secret-of-16+\", \"kinds\": [\"SLA_BREACHED\", \"TICKET_ESCALATED\"]}")
public record WebhookRequest(
        @Schema(description = "An https URL whose host resolves to public addresses only", example = "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=…")
        @NotBlank @Size(max = 2000) String url,
        @Size(min = 16, max = 200) String secret,
        @Size(max = 50) List<@NotBlank String> kinds) {
}
