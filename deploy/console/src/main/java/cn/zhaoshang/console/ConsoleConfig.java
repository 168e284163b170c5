package cn.zhaoshang.console;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Where the console finds the services and its identity provider, and how long a session lives. */
@ConfigMapping(prefix = "console")
public interface ConsoleConfig {

    /** project-service's base URL, e.g. http://localhost:8081 */
    String projectApi();

    /** assist-service's base URL */
    String assistApi();

    /** notify-service's base URL */
    String notifyApi();

    /**
     * The identity provider's origin (scheme, host, port), which the browser is sent to for login and logout: the
     * Content-Security-Policy allows forms and redirects there and nowhere else.
     */
    String identityProviderOrigin();

    /** Signs the per-session form tokens (CSRF); at least 32 characters, the same on every replica. */
    String formSecret();

    /** A session ends this long after its last use even if its tokens could still be refreshed. */
    @WithDefault("8h")
    Duration sessionIdle();

    /** How long the console waits for a service's answer before it tells the user the service is not answering. */
    @WithDefault("10s")
    Duration apiTimeout();
}
