package cn.zhaoshang.notify.inbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** The live notification stream (SSE). */
@ConfigMapping(prefix = "notify.stream")
public interface StreamSettings {

    /**
     * How often the replica looks for new notifications without being told (one query for all its streams): a safety
     * net only, since it is told when notifications are stored (on this replica or, through the database, on another).
     */
    @WithDefault("5s")
    Duration pollInterval();

    /** The least time between two database reads of one stream catching up (a stream that follows the looks reads none). */
    @WithDefault("100ms")
    Duration minInterval();

    /** A comment line this often keeps proxies from closing an idle stream. */
    @WithDefault("15s")
    Duration heartbeatInterval();

    /** How long a stream ticket (for a browser's EventSource) may wait to be used. */
    @WithDefault("60s")
    Duration ticketLifetime();
}
