package cn.zhaoshang.assist.ticket;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One thing that happened to a ticket: who, when, what, and the status it left. Never changed afterwards. */
@Entity
@Table(name = "ticket_timeline")
public class TimelineEntry extends PanacheEntityBase {
    @Id
    public UUID id;
    @jakarta.persistence.Column(name = "ticket_id")
    public UUID ticketId;
    public Instant at;
    public String actor;
    public String action;
    /** Internal entries (team-only comments) never reach the enterprise. */
    public boolean internal;
    public String body;
    @Enumerated(EnumType.STRING)
    public Status status;

    static List<TimelineEntry> of(UUID ticketId, boolean includeInternal) {
        return includeInternal
                ? list("ticketId = ?1 order by at, id", ticketId)
                : list("ticketId = ?1 and internal = false order by at, id", ticketId);
    }
}
