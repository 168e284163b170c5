package cn.zhaoshang.chassis.security;

import cn.zhaoshang.testsupport.MovableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class VerifiedTokensTest {

    private static final Instant CHECKED = Instant.parse("2026-12-06T02:00:00Z");

    private final MovableClock clock = new MovableClock();
    private final VerifiedTokens<String> tokens = new VerifiedTokens<>(2, Duration.ofSeconds(60), clock);

    @BeforeEach
    void checkedAt() {
        clock.set(CHECKED);
    }

    @Test
    void aTokenIsServedUntilItsExpiryButNeverAtIt() {
        tokens.remember("raw", "wang.jun", CHECKED.plusSeconds(30));
        clock.set(CHECKED.plusSeconds(29));
        assertThat(tokens.find("raw")).isEqualTo("wang.jun");
        clock.set(CHECKED.plusSeconds(30));
        assertThat(tokens.find("raw")).isNull();
    }

    @Test
    void aLongLivedTokenIsCheckedAgainAfterTheMaximumAge() {
        tokens.remember("raw", "wang.jun", CHECKED.plus(Duration.ofHours(1)));
        clock.set(CHECKED.plusSeconds(59));
        assertThat(tokens.find("raw")).isEqualTo("wang.jun");
        clock.set(CHECKED.plusSeconds(60));
        assertThat(tokens.find("raw")).isNull();
    }

    @Test
    void anAlreadyExpiredTokenIsNotRemembered() {
        tokens.remember("raw", "wang.jun", CHECKED.minusSeconds(1));
        assertThat(tokens.find("raw")).isNull();
    }

    @Test
    void onlyTheSameRawTokenMatchesAndTheLeastRecentlyUsedGoes() {
        tokens.remember("a", "li.na", CHECKED.plusSeconds(300));
        tokens.remember("b", "zhang.wei", CHECKED.plusSeconds(300));
        assertThat(tokens.find("a")).isEqualTo("li.na");
        tokens.remember("c", "wang.jun", CHECKED.plusSeconds(300));
        assertThat(tokens.find("b")).isNull();
        assertThat(tokens.find("a")).isEqualTo("li.na");
        assertThat(tokens.find("a-tampered")).isNull();
    }
}
