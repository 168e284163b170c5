package cn.zhaoshang.notify.delivery;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** A user's quiet hours in local time; they may cross midnight (22:00–07:30). Equal ends mean none. */
public record QuietHours(LocalTime start, LocalTime end) {

    public boolean contains(LocalTime time) {
        if (start.equals(end)) {
            return false;
        }
        return start.isBefore(end)
                ? !time.isBefore(start) && time.isBefore(end)
                : !time.isBefore(start) || time.isBefore(end);
    }

    /** {@code now} if it is not quiet, else the moment the quiet hours end. */
    public Instant nextAllowed(Instant now, ZoneId zone) {
        ZonedDateTime local = now.atZone(zone);
        if (!contains(local.toLocalTime())) {
            return now;
        }
        ZonedDateTime end = local.with(this.end);
        return (end.isAfter(local) ? end : end.plusDays(1)).toInstant();
    }
}
