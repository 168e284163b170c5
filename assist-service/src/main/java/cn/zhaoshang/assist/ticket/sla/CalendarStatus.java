package cn.zhaoshang.assist.ticket.sla;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Says when the current or the next year has no official arrangement and deadlines in it are counted on the
 * provisional calendar: in the log at start, in the readiness details (management port; the service stays UP) and
 * as the metric {@code assist_calendar_provisional_years} (0, 1 or 2) that an alert can watch in December.
 */
@Readiness
@ApplicationScoped
public class CalendarStatus implements HealthCheck {

    private final OfficialCalendar calendar;
    private final Clock clock;

    public CalendarStatus(OfficialCalendar calendar, Clock clock, MeterRegistry meters) {
        this.calendar = calendar;
        this.clock = clock;
        Gauge.builder("assist.calendar.provisional.years", this, status -> status.provisionalYears().size())
                .description("Of this year and the next, how many have no official holiday arrangement loaded")
                .register(meters);
    }

    void onStart(@Observes StartupEvent started) {
        for (int year : provisionalYears()) {
            Log.warnf("working calendar: %d has no official arrangement loaded; deadlines in it follow a provisional"
                    + " calendar of the statutory holidays (no 调休) until an admin loads it (PUT /api/v1/calendar/years/%d)", year, year);
        }
    }

    /** This year and the next, those without an official arrangement. */
    public List<Integer> provisionalYears() {
        WorkingCalendar known = calendar.current().calendar();
        int year = LocalDate.now(clock.withZone(known.zone())).getYear();
        return List.of(year, year + 1).stream().filter(y -> !known.covers(y)).toList();
    }

    @Override
    public HealthCheckResponse call() {
        WorkingCalendar known = calendar.current().calendar();
        int year = LocalDate.now(clock.withZone(known.zone())).getYear();
        return HealthCheckResponse.named("Working calendar").up()
                .withData(Integer.toString(year), known.covers(year) ? "official" : "provisional")
                .withData(Integer.toString(year + 1), known.covers(year + 1) ? "official" : "provisional")
                .build();
    }
}
