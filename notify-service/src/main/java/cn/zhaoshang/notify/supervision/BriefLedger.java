package cn.zhaoshang.notify.supervision;

import cn.zhaoshang.contracts.project.ProjectEventType;
import cn.zhaoshang.contracts.ticket.TicketEventType;
import cn.zhaoshang.chassis.time.Clocks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
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

    /** The brief kind of a project event, or null when briefs do not count it. */
    public static Kind kindOf(ProjectEventType type, String toStage) {
        return switch (type) {
            case STAGE_CHANGED -> "SIGNED".equals(toStage) ? Kind.SIGNED : Kind.STAGE_CHANGED;
            case REGISTERED -> "SIGNED".equals(toStage) ? Kind.SIGNED : null;
            default -> null;
        };
    }

    /** The brief kind of a ticket event, or null when briefs do not count it. */
    public static Kind kindOf(TicketEventType type) {
        return switch (type) {
            case SUBMITTED -> Kind.TICKET_OPENED;
            case RESOLVED -> Kind.TICKET_RESOLVED;
            case SLA_BREACHED -> Kind.TICKET_OVERDUE;
            case ESCALATED -> Kind.ESCALATED;
            default -> null;
        };
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void note(String eventId, Instant eventTime, Kind kind, String district, UUID projectId, String name, BigDecimal amount) {
        entityManager.createNativeQuery("""
                        insert into brief_fact (event_id, district, day, kind, project_id, name, amount)
                        values (?1, ?2, ?3, ?4, ?5, ?6, ?7) on conflict do nothing""")
                .setParameter(1, eventId).setParameter(2, district).setParameter(3, day(eventTime))
                .setParameter(4, kind.name()).setParameter(5, projectId).setParameter(6, name).setParameter(7, amount)
                .executeUpdate();
    }

    /** The Shanghai day the event happened; an event without a time counts today. */
    private LocalDate day(Instant eventTime) {
        return (eventTime == null ? Instant.now(clock) : eventTime).atZone(Clocks.BUSINESS_ZONE).toLocalDate();
    }
}
