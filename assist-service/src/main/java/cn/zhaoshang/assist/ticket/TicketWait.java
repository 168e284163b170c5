package cn.zhaoshang.assist.ticket;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import cn.zhaoshang.assist.ticket.sla.SlaClock;

import java.time.Instant;
import java.util.UUID;

/** One wait on the enterprise or an outside department. A department's wait has its own limit ({@code dueAt}). */
@Entity
@Table(name = "ticket_wait")
public class TicketWait extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "ticket_id")
    public UUID ticketId;
    @Column(name = "waiting_on")
    public String waitingOn;
    public String department;
    public String reason;
    @Column(name = "started_at")
    public Instant startedAt;
    @Column(name = "due_at")
    public Instant dueAt;
    @Column(name = "ended_at")
    public Instant endedAt;
    @Column(name = "working_seconds")
    public Long workingSeconds;

    /** The wait a ticket just paused for; a department's wait is due after {@code departmentLimitSeconds} of working time. */
    static TicketWait begin(Ticket ticket, String reason, long departmentLimitSeconds, SlaClock clock) {
        TicketWait wait = new TicketWait();
        wait.id = UUID.randomUUID();
        wait.ticketId = ticket.id;
        wait.waitingOn = ticket.waitingOn;
        wait.department = ticket.waitingDepartment;
        wait.reason = reason;
        wait.startedAt = ticket.pausedAt;
        wait.dueAt = ticket.waitingDepartment == null ? null : clock.extendedBy(ticket.pausedAt, departmentLimitSeconds);
        return wait;
    }

    void end(Instant at, long waitedWorkingSeconds) {
        endedAt = at;
        workingSeconds = waitedWorkingSeconds;
    }

    static TicketWait openOf(UUID ticketId) {
        return find("ticketId = ?1 and endedAt is null", ticketId).firstResult();
    }
}
