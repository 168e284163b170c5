package cn.zhaoshang.chassis.idempotency;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** How long answers are kept for retries, and how long a retry waits for the first request still being handled. */
@ConfigMapping(prefix = "chassis.idempotency")
public interface IdempotencySettings {

    @WithDefault("24h")
    Duration retention();

    @WithDefault("10s")
    Duration waitForFirst();
}
