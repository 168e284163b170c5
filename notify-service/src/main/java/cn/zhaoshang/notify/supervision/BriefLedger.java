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

/**
 * Notes the events a daily brief counts, on the Asia/Shanghai day they happened in business terms: a signing or a
 * stage change on the day the project reached it (not the day its record was written), a ticket's step on the
 * day of the event.
 */
@ApplicationScoped
public class BriefLedger {

    public enum Kind {
        SIGNED, STAGE_CHANGED, TICKET_OPENED, TICKET_RESOLVED, TICKET_CLOSED, TICKET_OVERDUE, ESCALATED
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
            case CONFIRMED, CLOSED -> Kind.TICKET_CLOSED;
            case SLA_BREACHED -> Kind.TICKET_OVERDUE;
            case ESCALATED -> Kind.ESCALATED;
            default -> null;
        };
    }

    /** A project fact on its business day ({@code businessDay}, else the event's day). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void noteProject(String eventId, Instant eventTime, LocalDate businessDay, Kind kind, String district, UUID projectId,
                            String name, BigDecimal amount) {
        insert(eventId, businessDay != null ? businessDay : day(eventTime), kind, district, projectId, name, amount, null);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void noteTicket(String eventId, Instant eventTime, Kind kind, String district, UUID projectId, UUID ticketId, String title) {
        insert(eventId, day(eventTime), kind, district, projectId, title, null, ticketId);
    }

    /** The business day of a project event: when the stage was reached ({@code occurredOn}, {@code stageSince}). */
    public static LocalDate businessDay(java.util.Map<String, Object> change) {
        for (String field : new String[] {"occurredOn", "stageSince"}) {
            Object value = change.get(field);
            if (value != null) {
                try {
                    return LocalDate.parse(value.toString());
                } catch (java.time.format.DateTimeParseException e) {
                    return null;
                }
            }
        }
        return null;
    }

    private void insert(String eventId, LocalDate day, Kind kind, String district, UUID projectId, String name,
                        BigDecimal amount, UUID ticketId) {
        entityManager.createNativeQuery("""
                        insert into brief_fact (event_id, district, day, kind, project_id, name, amount, ticket_id)
                        values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) on conflict do nothing""")
                .setParameter(1, eventId).setParameter(2, district).setParameter(3, day)
                .setParameter(4, kind.name()).setParameter(5, projectId).setParameter(6, name).setParameter(7, amount)
                .setParameter(8, ticketId).executeUpdate();
    }

    /** The Shanghai day the event happened; an event without a time counts today. */
    private LocalDate day(Instant eventTime) {
        return (eventTime == null ? Instant.now(clock) : eventTime).atZone(Clocks.BUSINESS_ZONE).toLocalDate();
    }
}
