package cn.zhaoshang.notify.delivery;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.LocalTime;

/** The channels' own settings: the time of the daily e-mail digest (webhooks have {@code WebhookSettings}). */
public interface ChannelSettings {

    @ConfigMapping(prefix = "notify.digest")
    interface Digest {
        /** When, Beijing time, the digest of the day's non-urgent e-mails goes out. */
        @WithDefault("08:30")
        LocalTime time();
    }
}
