package cn.zhaoshang.chassis.inbound;

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

    /**
     * Records the id unless it is there already; false means the event was handled before. A replica handling
     * the same event concurrently makes this wait for its commit and then answer false, instead of failing.
     */
    public static boolean claim(String eventId, String type, Instant now) {
        return getEntityManager().createNativeQuery("""
                        insert into processed_event (event_id, type, processed_at) values (?1, ?2, ?3)
                        on conflict (event_id) do nothing""")
                .setParameter(1, eventId).setParameter(2, type).setParameter(3, now)
                .executeUpdate() == 1;
    }
}
