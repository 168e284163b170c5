package cn.zhaoshang.assist.ticket.sla;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.ZoneId;
import java.util.Optional;

/** The working calendar: its zone, working hours, and where further years' holiday files are. */
@ConfigMapping(prefix = "assist.calendar")
public interface CalendarSettings {

    @WithDefault("Asia/Shanghai")
    ZoneId zone();

    /** Working periods of a working day, e.g. {@code 08:30-12:00,13:30-17:30}. */
    @WithDefault("08:30-12:00,13:30-17:30")
    String periods();

    /** A directory of {@code <year>.txt} holiday files beyond the shipped years; empty for none. */
    Optional<String> extraDir();

    /** How often a replica reads years loaded elsewhere, for readers; deadlines read the revision every time. */
    @WithDefault("30s")
    java.time.Duration refreshInterval();
}
