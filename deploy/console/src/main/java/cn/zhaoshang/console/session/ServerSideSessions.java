package cn.zhaoshang.console.session;

import cn.zhaoshang.console.ConsoleConfig;
import io.quarkus.oidc.AuthorizationCodeTokens;
import io.quarkus.oidc.OidcRequestContext;
import io.quarkus.oidc.OidcTenantConfig;
import io.quarkus.oidc.TokenStateManager;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps each user's tokens in the console's memory: the browser's session cookie carries only a random id (HttpOnly,
 * SameSite), so no token ever reaches the browser. A refresh keeps the id, so forms rendered before it stay valid.
 * Sessions live on one replica: run one console, or route a user's requests to the same replica (sticky sessions).
 */
@Alternative
@Priority(1)
@Singleton
public class ServerSideSessions implements TokenStateManager {

    public static final String COOKIE = "q_session";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private final ConsoleConfig config;
    private final Clock clock;

    /** One user's tokens and a one-shot message for the next page (what just happened, or what went wrong). */
    static final class Session {
        volatile AuthorizationCodeTokens tokens;
        volatile Instant lastUsed;
        volatile String flash;

        Session(AuthorizationCodeTokens tokens, Instant now) {
            this.tokens = tokens;
            this.lastUsed = now;
        }
    }

    @Inject
    public ServerSideSessions(ConsoleConfig config) {
        this(config, Clock.systemUTC());
    }

    ServerSideSessions(ConsoleConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
    }

    @Override
    public Uni<String> createTokenState(RoutingContext context, OidcTenantConfig oidc, AuthorizationCodeTokens tokens,
                                        OidcRequestContext<String> request) {
        return Uni.createFrom().item(store(currentId(context).orElse(null), tokens));
    }

    @Override
    public Uni<AuthorizationCodeTokens> getTokens(RoutingContext context, OidcTenantConfig oidc, String id,
                                                  OidcRequestContext<AuthorizationCodeTokens> request) {
        return Uni.createFrom().item(tokens(id));
    }

    @Override
    public Uni<Void> deleteTokens(RoutingContext context, OidcTenantConfig oidc, String id, OidcRequestContext<Void> request) {
        end(id);
        return Uni.createFrom().voidItem();
    }

    /**
     * Keeps the tokens under {@code existingId} if that session is still known and is the same person's (a refresh),
     * else under a new id: a login never adopts a session id the browser brought (session fixation).
     */
    String store(String existingId, AuthorizationCodeTokens tokens) {
        Instant now = clock.instant();
        sweep(now);
        if (existingId != null) {
            Session known = sessions.get(existingId);
            if (known != null && samePerson(known.tokens, tokens)) {
                known.tokens = tokens;
                known.lastUsed = now;
                return existingId;
            }
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        sessions.put(id, new Session(tokens, now));
        return id;
    }

    /** The session's tokens, or null when it is unknown or idle too long (the user logs in again). */
    AuthorizationCodeTokens tokens(String id) {
        Session session = live(id);
        return session == null ? null : session.tokens;
    }

    void end(String id) {
        if (id != null) {
            sessions.remove(id);
        }
    }

    /** Leaves a message for the session's next page. */
    public void flash(String id, String message) {
        Session session = live(id);
        if (session != null) {
            session.flash = message;
        }
    }

    /** The message left for this page, once. */
    public String takeFlash(String id) {
        Session session = live(id);
        if (session == null) {
            return null;
        }
        String message = session.flash;
        session.flash = null;
        return message;
    }

    private static boolean samePerson(AuthorizationCodeTokens before, AuthorizationCodeTokens after) {
        String subject = subjectOf(before.getIdToken());
        return subject != null && subject.equals(subjectOf(after.getIdToken()));
    }

    /** The {@code sub} of an ID token the identity provider just issued to this client (verified by the OIDC flow). */
    static String subjectOf(String idToken) {
        if (idToken == null || idToken.split("\\.").length < 2) {
            return null;
        }
        try {
            String payload = new String(Base64.getUrlDecoder().decode(idToken.split("\\.")[1]), java.nio.charset.StandardCharsets.UTF_8);
            com.fasterxml.jackson.databind.JsonNode claims = JSON.readTree(payload);
            return claims.hasNonNull("sub") ? claims.get("sub").asText() : null;
        } catch (IllegalArgumentException | java.io.IOException e) {
            return null;
        }
    }

    int size() {
        return sessions.size();
    }

    private Session live(String id) {
        if (id == null) {
            return null;
        }
        Session session = sessions.get(id);
        Instant now = clock.instant();
        if (session == null || session.lastUsed.plus(config.sessionIdle()).isBefore(now)) {
            sessions.remove(id);
            return null;
        }
        session.lastUsed = now;
        return session;
    }

    private void sweep(Instant now) {
        sessions.values().removeIf(s -> s.lastUsed.plus(config.sessionIdle()).isBefore(now));
    }

    private static Optional<String> currentId(RoutingContext context) {
        Cookie cookie = context.request().getCookie(COOKIE);
        return cookie == null ? Optional.empty() : Optional.of(cookie.getValue());
    }
}
