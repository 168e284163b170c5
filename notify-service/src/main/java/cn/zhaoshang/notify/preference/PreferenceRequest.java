package cn.zhaoshang.notify.preference;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import cn.zhaoshang.notify.delivery.Channel;
import cn.zhaoshang.notify.delivery.DeliveryRules;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.Map;

/**
 * {@code PUT /preferences}: an e-mail address; per notification kind the extra channels (["EMAIL"] or [] to keep
 * it in the inbox only); quiet hours as "HH:mm" in Asia/Shanghai (both or neither); IMMEDIATE or DAILY digest.
 */
@Schema(examples = "{\"email\": \"zhang_wei@example.gov.cn\", \"channels\": {\"SLA_BREACHED\": [\"EMAIL\", \"WEBHOOK\"]}, \"quietStart\": \"22:00\", \"quietEnd\": \"07:30\", \"digest\": \"DAILY\"}")
public record PreferenceRequest(
        @Email @Size(max = 320) String email,
        @Size(max = 50) Map<String, List<Channel>> channels,
        @Pattern(regexp = "([01]\\d|2[0-3]):[0-5]\\d") String quietStart,
        @Pattern(regexp = "([01]\\d|2[0-3]):[0-5]\\d") String quietEnd,
        DeliveryRules.Digest digest) {
}
