package cn.zhaoshang.assist.ticket.escalation;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The escalation ladder's extra working time per level. */
@ConfigMapping(prefix = "assist.escalation")
public interface EscalationSettings {

    /** {@code LEVEL:amount} pairs; hours ({@code h}) and days ({@code d}) are working hours and days. */
    @WithDefault("PROJECT_CHIEF:1d,LEADER_IN_CHARGE:1d,SUPERVISION:2d")
    String extraTime();
}
