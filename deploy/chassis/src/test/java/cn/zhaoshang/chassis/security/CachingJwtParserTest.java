package cn.zhaoshang.chassis.security;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class CachingJwtParserTest {

    /** SmallRye's parser as far as this test needs it: counts the verifications it is asked for. */
    static final class CountingParser extends DefaultJWTParser {
        int verifications;

        @Override
        public JsonWebToken parse(String token) {
            verifications++;
            return token(token);
        }

        @Override
        public JsonWebToken parse(String token, JWTAuthContextInfo context) {
            verifications++;
            return token(token);
        }
    }

    private final CountingParser smallRye = new CountingParser();
    private final CachingJwtParser parser = new CachingJwtParser(smallRye, settings(10, Duration.ofMinutes(1)));

    @Test
    void theFormQuarkusAuthenticatesWithVerifiesASignatureOnceWhileTheTokenIsValid() throws Exception {
        JsonWebToken first = parser.parse("wang.jun");
        JsonWebToken again = parser.parse("wang.jun");
        parser.parse("li.na");

        assertThat(again).isSameAs(first);
        assertThat(smallRye.verifications).isEqualTo(2);
    }

    @Test
    void otherVerificationSettingsAreNeverAnsweredFromWhatTheServiceVerified() throws Exception {
        parser.parse("wang.jun");
        parser.parse("wang.jun", new JWTAuthContextInfo());

        assertThat(smallRye.verifications).isEqualTo(2);
    }

    @Test
    void nothingIsRememberedWithACapacityOfZero() throws Exception {
        CachingJwtParser off = new CachingJwtParser(smallRye, settings(0, Duration.ofMinutes(1)));
        off.parse("wang.jun");
        off.parse("wang.jun");

        assertThat(smallRye.verifications).isEqualTo(2);
    }

    private static JsonWebToken token(String subject) {
        long expiry = Instant.now().plus(Duration.ofHours(1)).getEpochSecond();
        return new JsonWebToken() {
            @Override
            public String getName() {
                return subject;
            }

            @Override
            public Set<String> getClaimNames() {
                return Set.of("sub", "exp");
            }

            @Override
            @SuppressWarnings("unchecked")
            public <T> T getClaim(String claim) {
                return (T) ("exp".equals(claim) ? (Object) expiry : subject);
            }
        };
    }

    private static CachingJwtParser.Settings settings(int capacity, Duration maxAge) {
        return new CachingJwtParser.Settings() {
            @Override
            public int capacity() {
                return capacity;
            }

            @Override
            public Duration maxAge() {
                return maxAge;
            }
        };
    }
}
