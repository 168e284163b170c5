package cn.zhaoshang.chassis.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.NotAuthorizedException;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.time.Duration;
import java.time.Instant;

/**
 * Refuses a token issued in the future (its {@code iat} later than now plus the clock leeway): such a token was
 * minted by a clock nobody should trust, or to outlive its own lifetime. Expiry and signature are checked before
 * this by the JWT layer; the audience by {@code mp.jwt.verify.audiences}. Wall-clock time on purpose: the
 * services' business clock may be set elsewhere for tests, tokens are about real time.
 */
@ApplicationScoped
public class TokenTimes {

    @ConfigMapping(prefix = "chassis.tokens")
    public interface Settings {
        /** How far the issuer's clock may run ahead of this one. */
        @WithDefault("60s")
        Duration clockLeeway();
    }

    private final JsonWebToken token;
    private final Duration leeway;

    public TokenTimes(JsonWebToken token, Settings settings) {
        this.token = token;
        this.leeway = settings.clockLeeway();
    }

    @ServerRequestFilter
    void refuseTokensFromTheFuture() {
        if (token.getRawToken() == null) {
            return;
        }
        long issuedAt = token.getIssuedAtTime();
        if (issuedAt > Instant.now().plus(leeway).getEpochSecond()) {
            throw new NotAuthorizedException("the token was issued in the future (iat " + Instant.ofEpochSecond(issuedAt)
                    + "); check the issuer's clock", "Bearer");
        }
    }
}
