package cn.zhaoshang.chassis.inbound;

import cn.zhaoshang.chassis.persistence.BatchCounts;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.Session;

import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;

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

    /**
     * {@link #claim} for many events, sent to the database together: the ids (each with its type) that were not there
     * already. The statement's text stays the same whatever the batch's size, so it is prepared once per connection.
     * The rows go in in id order, so two replicas claiming overlapping batches take the row locks in the same order
     * and one waits for the other instead of deadlocking.
     */
    public static Set<String> claimAll(SortedMap<String, String> typesById, Instant now) {
        if (typesById.isEmpty()) {
            return Set.of();
        }
        return getEntityManager().unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into processed_event (event_id, type, processed_at) values (?, ?, ?)
                    on conflict (event_id) do nothing""")) {
                List<String> ids = new ArrayList<>(typesById.keySet());
                for (String id : ids) {
                    insert.setString(1, id);
                    insert.setString(2, typesById.get(id));
                    insert.setObject(3, now.atOffset(ZoneOffset.UTC));
                    insert.addBatch();
                }
                boolean[] inserted = BatchCounts.inserted(insert.executeBatch());
                Set<String> claimed = new HashSet<>();
                for (int i = 0; i < inserted.length; i++) {
                    if (inserted[i]) {
                        claimed.add(ids.get(i));
                    }
                }
                return claimed;
            }
        });
    }
}
