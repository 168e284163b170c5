package cn.zhaoshang.notify.inbound;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** An event id this service has handled; written in the same transaction as the handling. */
@Entity
@Table(name = "processed_event")
public class ProcessedEvent extends PanacheEntityBase {
    @Id
    @Column(name = "event_id")
    public String eventId;
    public String type;
    @Column(name = "processed_at")
    public Instant processedAt;

    static boolean alreadyProcessed(String eventId) {
        return findById(eventId) != null;
    }

    static void record(String eventId, String type, Instant now) {
        ProcessedEvent event = new ProcessedEvent();
        event.eventId = eventId;
        event.type = type;
        event.processedAt = now;
        event.persist();
    }
}
