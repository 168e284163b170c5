package cn.zhaoshang.chassis.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import org.eclipse.microprofile.jwt.JsonWebToken;

import javax.crypto.SecretKey;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The JWT parser Quarkus authenticates bearer tokens with, remembering tokens it has verified
 * ({@link VerifiedTokens}): a client sends the same access token for minutes, and each request need not check its
 * RSA signature again. Every other use goes straight to SmallRye's parser.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class CachingJwtParser implements JWTParser {

    @ConfigMapping(prefix = "chassis.verified-tokens")
    public interface Settings {
        /** How many distinct tokens are remembered; 0 turns the cache off. */
        @WithDefault("10000")
        int capacity();

        /** The longest a verified token is trusted without checking it again (never past its expiry). */
        @WithDefault("60s")
        Duration maxAge();
    }

    private final DefaultJWTParser parser;
    private final VerifiedTokens<JsonWebToken> verified;

    public CachingJwtParser(DefaultJWTParser parser, Settings settings) {
        this.parser = parser;
        this.verified = new VerifiedTokens<>(settings.capacity(), settings.maxAge(), Clock.systemUTC());
    }

    /** The form Quarkus authenticates bearer tokens with: this service's own verification settings. */
    @Override
    public JsonWebToken parse(String token) throws ParseException {
        JsonWebToken known = verified.find(token);
        if (known != null) {
            return known;
        }
        JsonWebToken parsed = parser.parse(token);
        if (parsed.getExpirationTime() > 0) {
            verified.remember(token, parsed, Instant.ofEpochSecond(parsed.getExpirationTime()));
        }
        return parsed;
    }

    /** Other settings may refuse what this service's accept: never answered from the cache. */
    @Override
    public JsonWebToken parse(String token, JWTAuthContextInfo context) throws ParseException {
        return parser.parse(token, context);
    }

    @Override
    public JsonWebToken verify(String token, PublicKey key) throws ParseException {
        return parser.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, SecretKey key) throws ParseException {
        return parser.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, String secret) throws ParseException {
        return parser.verify(token, secret);
    }

    @Override
    public JsonWebToken decrypt(String token, PrivateKey key) throws ParseException {
        return parser.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, SecretKey key) throws ParseException {
        return parser.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, String secret) throws ParseException {
        return parser.decrypt(token, secret);
    }

    @Override
    public JsonWebToken parseOnly(String token) throws ParseException {
        return parser.parseOnly(token);
    }
}
