package cn.zhaoshang.notify.inbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** The live notification stream (SSE). */
@ConfigMapping(prefix = "notify.stream")
public interface StreamSettings {

    /**
     * How often an open stream looks for new notifications without being woken: a safety net only, since streams are
     * woken when notifications are stored (on this replica or, through the database, on another).
     */
    @WithDefault("60s")
    Duration pollInterval();

    /** The least time between two reads of one stream: under a burst, a stream reads at most this often. */
    @WithDefault("100ms")
    Duration minInterval();

    /** A comment line this often keeps proxies from closing an idle stream. */
    @WithDefault("15s")
    Duration heartbeatInterval();

    /** How long a stream ticket (for a browser's EventSource) may wait to be used. */
    @WithDefault("60s")
    Duration ticketLifetime();
}
