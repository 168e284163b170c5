package cn.zhaoshang.project.target;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How months close for 序时进度 on the month basis. */
@ConfigMapping(prefix = "project.progress")
public interface ProgressSettings {

    /** The day of the next month on which a month's reports are due and the month closes (1: when it is over). */
    @WithDefault("1")
    int reportingDeadlineDay();
}
