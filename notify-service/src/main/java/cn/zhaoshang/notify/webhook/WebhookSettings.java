package cn.zhaoshang.notify.webhook;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Where webhooks may post, how many one owner may have, and how their calls are bounded. */
@ConfigMapping(prefix = "notify.webhook")
public interface WebhookSettings {

    /** The longest a target may take to accept the connection. */
    @WithDefault("2s")
    Duration connectTimeout();

    /** The longest a target may take to answer a call once connected. */
    @WithDefault("5s")
    Duration timeout();

    @WithDefault("20")
    int maxPerOwner();

    /** Plain {@code http} targets, for development only; production posts over {@code https}. */
    @WithDefault("false")
    boolean allowPlainHttp();

    /** If set, the only hosts webhooks may post to ({@code *.example.com} for a domain and its subdomains). */
    Optional<List<String>> allowedHosts();

    /** Address ranges opened on purpose although they are not public (an internal chat gateway, a test listener). */
    Optional<List<String>> openAddresses();

    /** Calls in flight to one target address at most; more wait their turn without holding others up. */
    @WithDefault("4")
    int perTargetConnections();

    /** Webhook calls in flight at most, across all targets. */
    @WithDefault("64")
    int maxInFlight();
}
