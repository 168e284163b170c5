package cn.zhaoshang.chassis.problem;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;
import java.util.Optional;

/**
 * The headers every answer carries: no content sniffing; API answers (personal data) never cached by a shared or
 * private cache; HTML (the API documentation pages) under a content security policy that allows only this
 * origin and never a frame.
 */
@Singleton
public class SecurityHeaders {

    /**
     * Swagger UI runs an inline start-up script and inline styles; everything else must come from this origin, except
     * that it may fetch tokens from the identity provider people log in at ({@code chassis.login.issuer}).
     */
    static String htmlPolicy(Optional<String> loginIssuer) {
        String tokens = loginIssuer.map(SecurityHeaders::origin).map(origin -> " " + origin).orElse("");
        return "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline';"
                + " img-src 'self' data:; connect-src 'self'" + tokens + "; object-src 'none'; base-uri 'self'; form-action 'self';"
                + " frame-ancestors 'none'";
    }

    private final String htmlPolicy;

    public SecurityHeaders(@ConfigProperty(name = "chassis.login.issuer") Optional<String> loginIssuer) {
        this.htmlPolicy = htmlPolicy(loginIssuer.filter(value -> !value.isBlank()));
    }

    private static String origin(String url) {
        URI uri = URI.create(url);
        return uri.getScheme() + "://" + uri.getAuthority();
    }

    void install(@Observes Filters filters) {
        filters.register(context -> {
            context.addHeadersEndHandler(ended -> {
                MultiMap headers = context.response().headers();
                headers.set("X-Content-Type-Options", "nosniff");
                if (context.request().path().startsWith("/api/") && !headers.contains(HttpHeaders.CACHE_CONTROL)) {
                    headers.set(HttpHeaders.CACHE_CONTROL, "no-store");
                }
                String type = headers.get(HttpHeaders.CONTENT_TYPE);
                if (type != null && type.startsWith("text/html")) {
                    headers.set("Content-Security-Policy", htmlPolicy);
                    headers.set("X-Frame-Options", "DENY");
                }
            });
            context.next();
        }, 900);
    }
}
