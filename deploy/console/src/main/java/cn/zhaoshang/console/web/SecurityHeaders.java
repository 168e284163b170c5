package cn.zhaoshang.console.web;

import cn.zhaoshang.console.ConsoleConfig;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MultivaluedMap;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * A strict Content-Security-Policy on every page: scripts, styles, fonts and images only from the console itself (no
 * inline script, no CDN), forms only to the console and the identity provider (login, logout), no framing. Pages are
 * not cached: they show one person's data.
 */
public class SecurityHeaders {

    // looked up per response: the filter is made while the application starts, before runtime configuration exists
    @Inject
    Instance<ConsoleConfig> config;

    @ServerResponseFilter
    public void headers(ContainerRequestContext request, ContainerResponseContext response) {
        MultivaluedMap<String, Object> headers = response.getHeaders();
        headers.putSingle("Content-Security-Policy", policy(config.get().identityProviderOrigin()));
        headers.putSingle("X-Content-Type-Options", "nosniff");
        headers.putSingle("Referrer-Policy", "same-origin");
        headers.putSingle("X-Frame-Options", "DENY");
        if (!request.getUriInfo().getPath().startsWith("/static/")) {
            headers.putSingle("Cache-Control", "no-store");
        }
    }

    static String policy(String identityProvider) {
        return "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self';"
                + " connect-src 'self'; form-action 'self' " + identityProvider + "; frame-ancestors 'none';"
                + " base-uri 'none'";
    }
}
