package cn.zhaoshang.chassis.security;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class VerifiedTokensTest {

    private static final Instant CHECKED = Instant.parse("2026-12-06T02:00:00Z");

    private Instant now = CHECKED;
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };
    private final VerifiedTokens<String> tokens = new VerifiedTokens<>(2, Duration.ofSeconds(60), clock);

    @Test
    void aTokenIsServedUntilItsExpiryButNeverAtIt() {
        tokens.remember("raw", "wang.jun", CHECKED.plusSeconds(30));
        now = CHECKED.plusSeconds(29);
        assertThat(tokens.find("raw")).isEqualTo("wang.jun");
        now = CHECKED.plusSeconds(30);
        assertThat(tokens.find("raw")).isNull();
    }

    @Test
    void aLongLivedTokenIsCheckedAgainAfterTheMaximumAge() {
        tokens.remember("raw", "wang.jun", CHECKED.plus(Duration.ofHours(1)));
        now = CHECKED.plusSeconds(59);
        assertThat(tokens.find("raw")).isEqualTo("wang.jun");
        now = CHECKED.plusSeconds(60);
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
