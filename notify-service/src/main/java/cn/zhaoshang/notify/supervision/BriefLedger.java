package cn.zhaoshang.notify.supervision;

import cn.zhaoshang.notify.time.Clocks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/** Notes the events a daily brief counts, on the Asia/Shanghai day they happened (the CloudEvent's time). */
@ApplicationScoped
public class BriefLedger {

    public enum Kind {
        SIGNED, STAGE_CHANGED, TICKET_OPENED, TICKET_RESOLVED, TICKET_OVERDUE, ESCALATED
    }

    private final EntityManager entityManager;
    private final Clock clock;

    public BriefLedger(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** The brief kind of an event type, or null when briefs do not count it. */
    public static Kind kindOf(String type, String toStage) {
        return switch (type) {
            case "project.stage-changed" -> "SIGNED".equals(toStage) ? Kind.SIGNED : Kind.STAGE_CHANGED;
            case "project.registered" -> "SIGNED".equals(toStage) ? Kind.SIGNED : null;
            case "ticket.submitted" -> Kind.TICKET_OPENED;
            case "ticket.resolved" -> Kind.TICKET_RESOLVED;
            case "ticket.sla-breached" -> Kind.TICKET_OVERDUE;
            case "ticket.escalated" -> Kind.ESCALATED;
            default -> null;
        };
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void note(String eventId, String eventTime, Kind kind, String district, UUID projectId, String name, BigDecimal amount) {
        entityManager.createNativeQuery("""
                        insert into brief_fact (event_id, district, day, kind, project_id, name, amount)
                        values (?1, ?2, ?3, ?4, ?5, ?6, ?7) on conflict do nothing""")
                .setParameter(1, eventId).setParameter(2, district).setParameter(3, day(eventTime))
                .setParameter(4, kind.name()).setParameter(5, projectId).setParameter(6, name).setParameter(7, amount)
                .executeUpdate();
    }

    private LocalDate day(String eventTime) {
        try {
            Instant at = eventTime == null || eventTime.isBlank() ? Instant.now(clock) : OffsetDateTime.parse(eventTime).toInstant();
            return at.atZone(Clocks.BUSINESS_ZONE).toLocalDate();
        } catch (DateTimeParseException e) {
            return Clocks.today(clock);
        }
    }
}
