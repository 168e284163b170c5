package cn.zhaoshang.notify.supervision;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.time.LocalTime;

/** 督查: the daily brief and the reminders. The schedules read {@code notify.brief.check-interval} and {@code notify.reminders.interval}. */
public interface SupervisionSettings {

    @ConfigMapping(prefix = "notify.brief")
    interface Brief {
        /** When, Beijing time, yesterday's brief goes to each district's supervisors. */
        @WithDefault("08:30")
        LocalTime time();

        @WithDefault("1m")
        Duration checkInterval();
    }

    @ConfigMapping(prefix = "notify.reminders")
    interface Reminders {
        @WithDefault("1h")
        Duration interval();
    }
}
