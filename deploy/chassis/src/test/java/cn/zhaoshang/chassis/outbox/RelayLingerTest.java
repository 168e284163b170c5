package cn.zhaoshang.chassis.outbox;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** When a commit wakes the relay, it waits to gather more only while commits keep coming. */
class RelayLingerTest {

    private static final Duration TEN_MS = Duration.ofMillis(10);
    private static final long MS = 1_000_000L;

    @Test
    void aCommitRightAfterARoundWaitsForTheLinger() {
        long ended = 5_000 * MS;
        assertThat(OutboxRelay.lingers(TEN_MS, ended, ended)).isTrue();
        assertThat(OutboxRelay.lingers(TEN_MS, ended, ended + 9 * MS)).isTrue();
    }

    @Test
    void aCommitAfterAQuietSpellGoesAtOnce() {
        long ended = 5_000 * MS;
        assertThat(OutboxRelay.lingers(TEN_MS, ended, ended + 10 * MS)).isFalse();
        assertThat(OutboxRelay.lingers(TEN_MS, ended, ended + 1_000 * MS)).isFalse();
    }

    @Test
    void noLingerNeverWaits() {
        assertThat(OutboxRelay.lingers(Duration.ZERO, 0, 0)).isFalse();
    }

    @Test
    void nanoTimeMayBeNegative() {
        // System.nanoTime has an arbitrary origin: only differences count
        long ended = -7_000 * MS;
        assertThat(OutboxRelay.lingers(TEN_MS, ended, ended + 2 * MS)).isTrue();
        assertThat(OutboxRelay.lingers(TEN_MS, ended, ended + 20 * MS)).isFalse();
    }
}
