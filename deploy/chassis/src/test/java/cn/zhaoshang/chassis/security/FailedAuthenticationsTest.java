package cn.zhaoshang.chassis.security;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class FailedAuthenticationsTest {

    private static final Instant T0 = Instant.parse("2026-12-01T02:00:00Z");

    @Test
    void anAddressOverTheLimitIsHeldOffUntilTheWindowEndsPlusTheHoldOff() {
        FailedAuthentications failures = new FailedAuthentications(3, Duration.ofSeconds(10), Duration.ofSeconds(30), 1000);
        for (int i = 0; i < 3; i++) {
            failures.failed("203.0.113.7", T0.plusSeconds(i));
        }
        assertThat(failures.heldOff("203.0.113.7", T0.plusSeconds(3))).as("three are allowed").isEmpty();
        failures.failed("203.0.113.7", T0.plusSeconds(4));
        assertThat(failures.heldOff("203.0.113.7", T0.plusSeconds(4))).contains(Duration.ofSeconds(36));
        assertThat(failures.heldOff("198.51.100.9", T0.plusSeconds(4))).as("another address").isEmpty();
        assertThat(failures.heldOff("203.0.113.7", T0.plusSeconds(39))).isPresent();
        assertThat(failures.heldOff("203.0.113.7", T0.plusSeconds(40))).isEmpty();
    }

    @Test
    void failuresSpreadOverWindowsAreNotAddedUp() {
        FailedAuthentications failures = new FailedAuthentications(3, Duration.ofSeconds(10), Duration.ofSeconds(30), 1000);
        for (int i = 0; i < 12; i++) {
            failures.failed("203.0.113.7", T0.plusSeconds(i * 4L)); // at most three in any one window
        }
        assertThat(failures.heldOff("203.0.113.7", T0.plusSeconds(48))).isEmpty();
    }

    @Test
    void aFloodOfAddressesDoesNotGrowTheTableWithoutBound() {
        FailedAuthentications failures = new FailedAuthentications(3, Duration.ofSeconds(10), Duration.ofSeconds(30), 100);
        for (int i = 0; i < 10_000; i++) {
            failures.failed("10.0." + (i / 256) + "." + (i % 256), T0.plusMillis(i));
        }
        for (int i = 0; i < 5; i++) {
            failures.failed("203.0.113.7", T0.plusSeconds(11));
        }
        assertThat(failures.heldOff("203.0.113.7", T0.plusSeconds(11))).isPresent();
    }
}
