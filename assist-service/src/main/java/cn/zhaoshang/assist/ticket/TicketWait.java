package cn.zhaoshang.assist.ticket;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

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

    static TicketWait openOf(UUID ticketId) {
        return find("ticketId = ?1 and endedAt is null", ticketId).firstResult();
    }
}
