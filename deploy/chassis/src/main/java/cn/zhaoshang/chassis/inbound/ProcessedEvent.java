package cn.zhaoshang.chassis.inbound;

import cn.zhaoshang.chassis.persistence.BatchInsert;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
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
     * Records each id (with its type) unless it is there already, in one round trip, and answers the ids that were
     * not there: the others were handled before. A replica claiming one of them concurrently makes this wait for its
     * commit and then leaves it out, instead of failing. The rows go in in id order, so two replicas claiming
     * overlapping batches take the row locks in the same order and one waits for the other instead of deadlocking.
     */
    public static Set<String> claimAll(SortedMap<String, String> typesById, Instant now) {
        List<String> ids = new ArrayList<>(typesById.keySet());
        List<Object[]> rows = ids.stream().map(id -> new Object[] {id, typesById.get(id), now}).toList();
        boolean[] inserted = BatchInsert.skippingConflicts(getEntityManager(), """
                insert into processed_event (event_id, type, processed_at) values (?, ?, ?)
                on conflict (event_id) do nothing""", rows);
        Set<String> claimed = new HashSet<>();
        for (int i = 0; i < inserted.length; i++) {
            if (inserted[i]) {
                claimed.add(ids.get(i));
            }
        }
        return claimed;
    }
}
