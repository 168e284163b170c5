package cn.zhaoshang.notify.inbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** The live notification stream (SSE). */
@ConfigMapping(prefix = "notify.stream")
public interface StreamSettings {

    /** How often an open stream looks for new notifications. */
    @WithDefault("200ms")
    Duration pollInterval();

    /** A comment line this often keeps proxies from closing an idle stream. */
    @WithDefault("15s")
    Duration heartbeatInterval();

    /** How long a stream ticket (for a browser's EventSource) may wait to be used. */
    @WithDefault("60s")
    Duration ticketLifetime();
}
