package cn.zhaoshang.chassis.security;

import cn.zhaoshang.chassis.cache.LeastRecentlyUsed;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Tokens whose signature and claims were checked, so the same bearer token sent again is not verified again (the RSA
 * signature check is the most expensive step of an authenticated request). A token is served from here only before
 * its own expiry and for at most {@code maxAge} after it was checked, so a key withdrawn from the JWKS stops being
 * trusted within that bound; failures are never remembered. Least recently used tokens go beyond {@code capacity}
 * (0 remembers none).
 */
public final class VerifiedTokens<T> {

    private record Verified<T>(T token, Instant usableUntil) {
    }

    private final Duration maxAge;
    private final Clock clock;
    private final LeastRecentlyUsed<String, Verified<T>> tokens;

    public VerifiedTokens(int capacity, Duration maxAge, Clock clock) {
        this.maxAge = maxAge;
        this.clock = clock;
        this.tokens = new LeastRecentlyUsed<>(capacity);
    }

    /** The verified token for this raw token, if one is remembered and still usable now. */
    public T find(String raw) {
        Verified<T> verified = tokens.get(raw);
        if (verified == null) {
            return null;
        }
        if (!clock.instant().isBefore(verified.usableUntil())) {
            tokens.remove(raw);
            return null;
        }
        return verified.token();
    }

    /** Remembers a token just verified, which expires at {@code expiresAt}. */
    public void remember(String raw, T token, Instant expiresAt) {
        Instant checkedAt = clock.instant();
        Instant until = checkedAt.plus(maxAge);
        if (expiresAt.isBefore(until)) {
            until = expiresAt;
        }
        if (until.isAfter(checkedAt)) {
            tokens.put(raw, new Verified<>(token, until));
        }
    }
}
