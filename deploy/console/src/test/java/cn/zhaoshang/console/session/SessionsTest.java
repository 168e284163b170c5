package cn.zhaoshang.console.session;

import cn.zhaoshang.console.ConsoleConfig;
import io.quarkus.oidc.AuthorizationCodeTokens;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SessionsTest {

    private final MovableClock clock = new MovableClock();
    private final ServerSideSessions sessions = new ServerSideSessions(config(), clock);

    @Test
    void theBrowserGetsARandomIdTheTokensStayHereARefreshKeepsTheId() {
        String id = sessions.store(null, tokens("zhang.wei", "access-1"));
        assertFalse(id.contains("access"), "the cookie carries no token");
        assertTrue(id.length() >= 40);
        assertEquals("access-1", sessions.tokens(id).getAccessToken());
        assertEquals(id, sessions.store(id, tokens("zhang.wei", "access-2")), "a refresh keeps the id, so rendered forms stay valid");
        assertEquals("access-2", sessions.tokens(id).getAccessToken());
        assertNotEquals(id, sessions.store("forgotten", tokens("zhang.wei", "x")), "an unknown id is not adopted");
        String planted = sessions.store(id, tokens("tongling", "victim's"));
        assertNotEquals(id, planted, "another person logging in with a session id the browser brought gets a new one");
        assertEquals("access-2", sessions.tokens(id).getAccessToken(), "and the first session keeps its own tokens");
        sessions.end(id);
        assertNull(sessions.tokens(id));
    }

    @Test
    void anIdleSessionEndsAndAFlashIsShownOnce() {
        String id = sessions.store(null, tokens("wang.jun", "a"));
        sessions.flash(id, "已受理");
        assertEquals("已受理", sessions.takeFlash(id));
        assertNull(sessions.takeFlash(id));
        clock.move(Duration.ofHours(7));
        assertEquals("a", sessions.tokens(id).getAccessToken(), "used within the idle limit");
        clock.move(Duration.ofHours(8).plusSeconds(1));
        assertNull(sessions.tokens(id));
        sessions.store(null, tokens("admin", "b"));
        assertEquals(1, sessions.size(), "idle sessions are swept when others log in");
    }

    @Test
    void aFormTokenFitsOnlyItsSession() {
        FormTokens forms = new FormTokens("0123456789abcdef0123456789abcdef");
        String token = forms.tokenFor("session-a");
        assertTrue(forms.matches("session-a", token));
        assertFalse(forms.matches("session-b", token));
        assertFalse(forms.matches("session-a", null));
        assertFalse(forms.matches(null, token));
        assertNotEquals(token, new FormTokens("another secret of at least 32 chars").tokenFor("session-a"));
        assertThrows(IllegalArgumentException.class, () -> new FormTokens("short"));
    }

    /** Tokens as the identity provider issues them for {@code subject}; only the ID token's payload is read here. */
    private static AuthorizationCodeTokens tokens(String subject, String access) {
        String payload = java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString(("{\"sub\":\"" + subject + "\"}").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return new AuthorizationCodeTokens("eyJhbGciOiJSUzI1NiJ9." + payload + ".signature", access, "refresh");
    }

    private static ConsoleConfig config() {
        return new ConsoleConfig() {
            public String projectApi() {
                return "";
            }

            public String assistApi() {
                return "";
            }

            public String notifyApi() {
                return "";
            }

            public String identityProviderOrigin() {
                return "";
            }

            public String formSecret() {
                return "";
            }

            public Duration sessionIdle() {
                return Duration.ofHours(8);
            }

            public Duration apiTimeout() {
                return Duration.ofSeconds(1);
            }
        };
    }

    static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-12-02T02:00:00Z");

        void move(Duration by) {
            now = now.plus(by);
        }

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
    }
}
