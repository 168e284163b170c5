package cn.zhaoshang.assist.ticket.escalation;

import cn.zhaoshang.assist.ticket.sla.WorkingTime;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The escalation levels and the extra working time each level gets to solve the ticket. Configured as
 * {@code PROJECT_CHIEF:8h,LEADER_IN_CHARGE:1d,SUPERVISION:2d}: hours are working hours on the clock, days are
 * working days as an office counts them (to the close of office hours on the last one).
 */
public final class EscalationLadder {

    private final Map<EscalationLevel, WorkingTime> extra;

    public EscalationLadder(Map<EscalationLevel, WorkingTime> extra) {
        this.extra = new EnumMap<>(extra);
    }

    public static EscalationLadder parse(String spec) {
        Map<EscalationLevel, WorkingTime> extra = new EnumMap<>(EscalationLevel.class);
        Arrays.stream(spec.split(",")).map(String::strip).filter(s -> !s.isEmpty()).forEach(entry -> {
            String[] parts = entry.split(":");
            if (parts.length != 2) {
                throw new IllegalArgumentException("escalation extra time '" + entry + "' is not LEVEL:amount(h|d)");
            }
            extra.put(EscalationLevel.valueOf(parts[0].strip()), WorkingTime.parse(parts[1]));
        });
        return new EscalationLadder(extra);
    }

    /** The level above {@code current}, or empty at the top (督查). */
    public Optional<EscalationLevel> above(EscalationLevel current) {
        int next = current.ordinal() + 1;
        return next < EscalationLevel.values().length ? Optional.of(EscalationLevel.values()[next]) : Optional.empty();
    }

    /** The working time added to the resolution deadline when a ticket reaches {@code level}. */
    public WorkingTime extraTime(EscalationLevel level) {
        return extra.getOrDefault(level, WorkingTime.NONE);
    }
}
