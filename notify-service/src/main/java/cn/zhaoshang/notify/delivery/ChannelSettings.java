package cn.zhaoshang.notify.delivery;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.time.LocalTime;

/** The channels' own settings: the webhook timeout and the time of the daily e-mail digest. */
public interface ChannelSettings {

    @ConfigMapping(prefix = "notify.webhook")
    interface Webhook {
        /** Connect and answer timeout of one webhook call. */
        @WithDefault("5s")
        Duration timeout();
    }

    @ConfigMapping(prefix = "notify.digest")
    interface Digest {
        /** When, Beijing time, the digest of the day's non-urgent e-mails goes out. */
        @WithDefault("08:30")
        LocalTime time();
    }
}
