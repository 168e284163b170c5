package cn.zhaoshang.assist.ticket.sweep;

import cn.zhaoshang.assist.ticket.SlaState;
import cn.zhaoshang.assist.ticket.Status;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Which alarms a ticket's clocks have reached at a moment. Each alarm names its limit ({@code RESPONSE},
 * {@code RESOLUTION:<round>}, {@code CONFIRM:<reopen count>}); the sweep raises each (limit, kind) once.
 * A limit already broken skips its warning: the breach says more. A paused ticket's resolution clock stands still.
 */
public final class SlaAlarms {

    public enum Kind {
        WARNING, BREACH, CONFIRM_REMINDER, AUTO_CLOSE
    }

    public record Alarm(String limit, Kind kind) {
        public boolean isResponse() {
            return limit.equals(RESPONSE);
        }
    }

    public static final String RESPONSE = SlaState.RESPONSE_LIMIT;

    private SlaAlarms() {
    }

    public static List<Alarm> due(SlaState t, Instant now) {
        List<Alarm> alarms = new ArrayList<>();
        if (t.status() == Status.SUBMITTED) {
            limit(RESPONSE, t.responseWarnAt(), t.responseDueAt(), now, alarms);
        }
        if (t.status().isOpen() && !t.paused()) {
            limit(resolutionLimit(t.resolutionRound()), t.resolutionWarnAt(), t.resolutionDueAt(), now, alarms);
        }
        if (t.status() == Status.RESOLVED) {
            String limit = SlaState.confirmLimit(t.reopenCount());
            if (reached(t.autoCloseAt(), now)) {
                alarms.add(new Alarm(limit, Kind.AUTO_CLOSE));
            } else if (reached(t.confirmRemindAt(), now)) {
                alarms.add(new Alarm(limit, Kind.CONFIRM_REMINDER));
            }
        }
        return alarms;
    }

    public static String resolutionLimit(int round) {
        return SlaState.resolutionLimit(round);
    }

    private static void limit(String limit, Instant warnAt, Instant dueAt, Instant now, List<Alarm> alarms) {
        if (reached(dueAt, now)) {
            alarms.add(new Alarm(limit, Kind.BREACH));
        } else if (reached(warnAt, now)) {
            alarms.add(new Alarm(limit, Kind.WARNING));
        }
    }

    private static boolean reached(Instant at, Instant now) {
        return at != null && !now.isBefore(at);
    }
}
