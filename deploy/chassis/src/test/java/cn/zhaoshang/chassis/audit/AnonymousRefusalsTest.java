package cn.zhaoshang.chassis.audit;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.OptionalInt;

import static org.assertj.core.api.Assertions.assertThat;

class AnonymousRefusalsTest {

    private static final Instant T0 = Instant.parse("2026-12-01T02:00:00Z");

    @Test
    void oneEntryAMinutePerAddressCarriesTheCountOfTheOthers() {
        AnonymousRefusals refusals = new AnonymousRefusals(Duration.ofMinutes(1), 1000);
        assertThat(refusals.admit("203.0.113.7", T0)).isEqualTo(OptionalInt.of(0));
        for (int i = 1; i <= 1799; i++) {
            assertThat(refusals.admit("203.0.113.7", T0.plusMillis(i * 30L))).isEmpty();
        }
        assertThat(refusals.admit("198.51.100.9", T0.plusSeconds(5))).as("another address").isEqualTo(OptionalInt.of(0));
        assertThat(refusals.admit("203.0.113.7", T0.plusSeconds(60))).isEqualTo(OptionalInt.of(1799));
        assertThat(refusals.admit("203.0.113.7", T0.plusSeconds(61))).isEmpty();
    }
}
