package cn.zhaoshang.chassis.inbound;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** How event handlers behave while the database is away. */
@ConfigMapping(prefix = "chassis.inbound")
public interface InboundConfig {

    /** How long a handler keeps trying an event while the database cannot be reached, before it fails to the dead-letter topic. */
    @WithDefault("5m")
    Duration waitForDatabase();
}
