package cn.zhaoshang.notify.delivery;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** E-mail and webhook deliveries: how often the dispatcher runs (its schedule reads {@code notify.delivery.interval}), how much it takes, how it retries. */
@ConfigMapping(prefix = "notify.delivery")
public interface DeliverySettings {

    @WithDefault("1s")
    Duration interval();

    @WithDefault("100")
    int batchSize();

    /** Attempts before a delivery is given up. */
    @WithDefault("6")
    int maxAttempts();

    /** The pause before the first retry; it doubles each time, up to {@link #maxRetry()}. */
    @WithDefault("5s")
    Duration firstRetry();

    @WithDefault("30m")
    Duration maxRetry();
}
