package cn.zhaoshang.assist.ticket.sla;

import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;

/** Reads the working periods of a day from configuration. */
final class WorkingPeriods {

    private WorkingPeriods() {
    }

    /** "08:30-12:00,13:30-17:30" → two periods. */
    static List<WorkingCalendar.Period> parse(String periods) {
        return Arrays.stream(periods.split(",")).map(String::strip).map(p -> {
            String[] ends = p.split("-");
            return new WorkingCalendar.Period(LocalTime.parse(ends[0].strip()), LocalTime.parse(ends[1].strip()));
        }).toList();
    }
}
