package cn.zhaoshang.assist.ticket.sweep;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** The SLA sweep: how often it runs (the schedule reads {@code assist.sla.sweep-interval}) and how much it takes at once. */
@ConfigMapping(prefix = "assist.sla")
public interface SweepSettings {

    @WithDefault("30s")
    Duration sweepInterval();

    /** Tickets with a due alarm handled per pass. */
    @WithDefault("500")
    int batchSize();
}
