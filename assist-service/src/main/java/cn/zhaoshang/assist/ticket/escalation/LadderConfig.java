package cn.zhaoshang.assist.ticket.escalation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/** Builds the escalation ladder once, from its settings. */
@ApplicationScoped
public class LadderConfig {

    @Produces
    @ApplicationScoped
    EscalationLadder ladder(EscalationSettings settings) {
        return EscalationLadder.parse(settings.extraTime());
    }
}
