package cn.zhaoshang.notify.delivery;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class DeliveryRulesTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final QuietHours NIGHT = new QuietHours(LocalTime.of(22, 0), LocalTime.of(7, 30));
    private static final LocalTime DIGEST = LocalTime.of(8, 30);

    private static Instant shanghai(String localDateTime) {
        return java.time.LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
    }

    @Test
    void withoutAnAddressNothingIsEmailedAndByDefaultOnlyUrgentThingsAre() {
        assertThat(DeliveryRules.wantsEmail("SLA_BREACHED", true, null, Map.of())).isFalse();
        assertThat(DeliveryRules.wantsEmail("SLA_BREACHED", true, "a@b.cn", Map.of())).isTrue();
        assertThat(DeliveryRules.wantsEmail("TICKET_ACCEPTED", false, "a@b.cn", Map.of())).isFalse();
        assertThat(DeliveryRules.wantsEmail("TICKET_ACCEPTED", false, "a@b.cn", Map.of("TICKET_ACCEPTED", List.of(Channel.EMAIL)))).isTrue();
        assertThat(DeliveryRules.wantsEmail("SLA_BREACHED", true, "a@b.cn", Map.of("SLA_BREACHED", List.of()))).isFalse();
    }

    @Test
    void aWebhookHearsOfTheKindsItListsOrOfEveryKindWhenItListsNone() {
        assertThat(DeliveryRules.webhookWants(List.of(), "NEW_TICKET")).isTrue();
        assertThat(DeliveryRules.webhookWants(List.of("SLA_BREACHED", "TICKET_ESCALATED"), "SLA_BREACHED")).isTrue();
        assertThat(DeliveryRules.webhookWants(List.of("SLA_BREACHED"), "NEW_TICKET")).isFalse();
    }

    @Test
    void quietHoursAcrossMidnightHoldNormalMailUntilMorning() {
        assertThat(NIGHT.contains(LocalTime.of(23, 0))).isTrue();
        assertThat(NIGHT.contains(LocalTime.of(7, 29))).isTrue();
        assertThat(NIGHT.contains(LocalTime.of(7, 30))).isFalse();
        assertThat(NIGHT.contains(LocalTime.of(12, 0))).isFalse();
        DeliveryRules.Timing late = DeliveryRules.firstAttempt(false, NIGHT, DeliveryRules.Digest.IMMEDIATE, DIGEST,
                shanghai("2026-12-01T23:10:00"), SHANGHAI);
        assertThat(late.at()).isEqualTo(shanghai("2026-12-02T07:30:00"));
        DeliveryRules.Timing early = DeliveryRules.firstAttempt(false, NIGHT, DeliveryRules.Digest.IMMEDIATE, DIGEST,
                shanghai("2026-12-02T06:00:00"), SHANGHAI);
        assertThat(early.at()).isEqualTo(shanghai("2026-12-02T07:30:00"));
    }

    @Test
    void breachesAndEscalationsIgnoreQuietHoursAndDigests() {
        Instant night = shanghai("2026-12-01T23:10:00");
        assertThat(DeliveryRules.firstAttempt(true, NIGHT, DeliveryRules.Digest.DAILY, DIGEST, night, SHANGHAI))
                .isEqualTo(new DeliveryRules.Timing(false, night));
    }

    @Test
    void aDailyDigestCollectsUntilTheNextDigestTime() {
        assertThat(DeliveryRules.firstAttempt(false, null, DeliveryRules.Digest.DAILY, DIGEST, shanghai("2026-12-01T09:00:00"), SHANGHAI))
                .isEqualTo(new DeliveryRules.Timing(true, shanghai("2026-12-02T08:30:00")));
        assertThat(DeliveryRules.firstAttempt(false, null, DeliveryRules.Digest.DAILY, DIGEST, shanghai("2026-12-01T08:00:00"), SHANGHAI))
                .isEqualTo(new DeliveryRules.Timing(true, shanghai("2026-12-01T08:30:00")));
    }

    @Test
    void retriesBackOffExponentiallyWithJitterAndGiveUp() {
        RetryPolicy lowJitter = new RetryPolicy(5, Duration.ofSeconds(2), Duration.ofSeconds(10), () -> 0.0);
        RetryPolicy highJitter = new RetryPolicy(5, Duration.ofSeconds(2), Duration.ofSeconds(10), () -> 0.999);
        assertThat(lowJitter.nextDelay(1)).contains(Duration.ofSeconds(1));
        assertThat(lowJitter.nextDelay(2)).contains(Duration.ofSeconds(2));
        assertThat(lowJitter.nextDelay(4)).contains(Duration.ofSeconds(5)); // 16 s capped at 10, halved
        assertThat(highJitter.nextDelay(2).orElseThrow()).isBetween(Duration.ofMillis(5900), Duration.ofSeconds(6));
        assertThat(lowJitter.nextDelay(5)).isEmpty();
        assertThat(RetryPolicy.temporary(503)).isTrue();
        assertThat(RetryPolicy.temporary(-1)).isTrue();
        assertThat(RetryPolicy.temporary(429)).isTrue();
        assertThat(RetryPolicy.temporary(404)).isFalse();
    }
}
