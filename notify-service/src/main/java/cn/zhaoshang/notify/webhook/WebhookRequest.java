package cn.zhaoshang.notify.webhook;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

/** {@code POST /webhooks}: where to post, optionally the shared secret (else one is made) and the kinds wanted. */
public record WebhookRequest(
        @NotBlank @Size(max = 2000) @Pattern(regexp = "https?://[^\\s]+", message = "must be an http or https URL") String url,
        @Size(min = 16, max = 200) String secret,
        @Size(max = 50) List<@NotBlank String> kinds) {
}
