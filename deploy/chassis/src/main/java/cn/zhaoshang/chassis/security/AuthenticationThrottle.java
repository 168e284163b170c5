package cn.zhaoshang.chassis.security;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Holds off a client address that fails authentication too often (API2): after more than
 * {@code chassis.auth-throttle.max-failures} answers 401 within {@code window}, its API calls are answered 429
 * problem+json with {@code Retry-After} until the window has passed plus {@code hold-off}. The address is the
 * connection's peer; behind a reverse proxy, let Quarkus take it from {@code X-Forwarded-For} of trusted proxies
 * ({@code quarkus.http.proxy.*}). Refused calls never reach the application (nor its audit trail).
 */
@Singleton
public class AuthenticationThrottle {

    @ConfigMapping(prefix = "chassis.auth-throttle")
    public interface Settings {
        @WithDefault("true")
        boolean enabled();

        /** Failed authentications one address may have in one window. */
        @WithDefault("30")
        int maxFailures();

        @WithDefault("10s")
        Duration window();

        /** How much longer than the window an address that went over is held off. */
        @WithDefault("30s")
        Duration holdOff();
    }

    private final Settings settings;
    private final FailedAuthentications failures;

    public AuthenticationThrottle(Settings settings) {
        this.settings = settings;
        this.failures = new FailedAuthentications(settings.maxFailures(), settings.window(), settings.holdOff(), 100_000);
    }

    void install(@Observes Filters filters) {
        if (!settings.enabled()) {
            return;
        }
        filters.register(context -> {
            if (!context.request().path().startsWith("/api/")) {
                context.next();
                return;
            }
            String address = context.request().remoteAddress() == null ? "unknown" : context.request().remoteAddress().hostAddress();
            Optional<Duration> held = failures.heldOff(address, Instant.now());
            if (held.isPresent()) {
                long seconds = Math.max(1, (held.get().toMillis() + 999) / 1000);
                context.response().setStatusCode(429)
                        .putHeader("Content-Type", "application/problem+json")
                        .putHeader("Retry-After", Long.toString(seconds))
                        .end("{\"type\":\"about:blank\",\"title\":\"Too Many Requests\",\"status\":429,\"detail\":"
                                + "\"too many failed authentications from this address; try again in " + seconds + " s\"}");
                return;
            }
            context.addHeadersEndHandler(ended -> {
                if (context.response().getStatusCode() == 401) {
                    failures.failed(address, Instant.now());
                }
            });
            context.next();
        }, 800); // after SecurityHeaders (900), so a refusal carries its headers too
    }
}
