package cn.zhaoshang.assist.ticket.escalation;

import cn.zhaoshang.assist.ticket.sla.WorkingCalendar;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/** Builds the escalation ladder once, from its settings and the length of a working day. */
@ApplicationScoped
public class LadderConfig {

    @Produces
    @ApplicationScoped
    EscalationLadder ladder(EscalationSettings settings, WorkingCalendar calendar) {
        return EscalationLadder.parse(settings.extraTime(), calendar.secondsPerWorkingDay());
    }
}
