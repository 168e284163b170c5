package cn.zhaoshang.assist.ticket.sla;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import java.nio.file.Path;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;

/** Builds the service's working calendar and SLA clock from configuration and the yearly holiday files. */
@ApplicationScoped
public class CalendarConfig {

    @Produces
    @ApplicationScoped
    WorkingCalendar workingCalendar(CalendarSettings settings) {
        return new WorkingCalendar(settings.zone(), parse(settings.periods()),
                CalendarData.load(settings.extraDir().filter(d -> !d.isBlank()).map(Path::of).orElse(null)));
    }

    @Produces
    @ApplicationScoped
    SlaClock slaClock(WorkingCalendar calendar) {
        return new SlaClock(calendar);
    }

    /** "08:30-12:00,13:30-17:30" → two periods. */
    static List<WorkingCalendar.Period> parse(String periods) {
        return Arrays.stream(periods.split(",")).map(String::strip).map(p -> {
            String[] ends = p.split("-");
            return new WorkingCalendar.Period(LocalTime.parse(ends[0].strip()), LocalTime.parse(ends[1].strip()));
        }).toList();
    }
}
