package cn.zhaoshang.assist.ticket.escalation;

import cn.zhaoshang.assist.ticket.sla.WorkingDuration;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The escalation levels and the extra working time each level gets to solve the ticket. Configured as
 * {@code PROJECT_CHIEF:8h,LEADER_IN_CHARGE:1d,SUPERVISION:2d}; hours and days are working hours and days.
 */
public final class EscalationLadder {

    private final Map<EscalationLevel, Long> extraSeconds;

    public EscalationLadder(Map<EscalationLevel, Long> extraSeconds) {
        this.extraSeconds = new EnumMap<>(extraSeconds);
    }

    public static EscalationLadder parse(String spec, long secondsPerWorkingDay) {
        Map<EscalationLevel, Long> extra = new EnumMap<>(EscalationLevel.class);
        Arrays.stream(spec.split(",")).map(String::strip).filter(s -> !s.isEmpty()).forEach(entry -> {
            String[] parts = entry.split(":");
            if (parts.length != 2) {
                throw new IllegalArgumentException("escalation extra time '" + entry + "' is not LEVEL:amount(h|d)");
            }
            extra.put(EscalationLevel.valueOf(parts[0].strip()), WorkingDuration.seconds(parts[1], secondsPerWorkingDay));
        });
        return new EscalationLadder(extra);
    }

    /** The level above {@code current}, or empty at the top (督查). */
    public Optional<EscalationLevel> above(EscalationLevel current) {
        int next = current.ordinal() + 1;
        return next < EscalationLevel.values().length ? Optional.of(EscalationLevel.values()[next]) : Optional.empty();
    }

    /** Working seconds added to the resolution deadline when a ticket reaches {@code level}. */
    public long extraWorkingSeconds(EscalationLevel level) {
        return extraSeconds.getOrDefault(level, 0L);
    }
}
