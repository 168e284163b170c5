package cn.zhaoshang.notify.delivery;

import cn.zhaoshang.notify.inbox.Inbox;
import cn.zhaoshang.notify.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Reads the record of deliveries: only for a notification the caller can see, and only their own unless admin. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DeliveryLog {

    private final Inbox inbox;
    private final Caller caller;
    private final EntityManager entityManager;

    public DeliveryLog(Inbox inbox, Caller caller, EntityManager entityManager) {
        this.inbox = inbox;
        this.caller = caller;
        this.entityManager = entityManager;
    }

    @SuppressWarnings("unchecked")
    public List<DeliveryView> of(UUID notificationId) {
        inbox.requireVisible(notificationId);
        List<Object[]> rows = entityManager.createNativeQuery("""
                        select id, notification_id, channel, target, recipient, status, attempts, next_attempt_at, sent_at, last_error
                        from delivery where notification_id = :n and (:all or recipient = :me) order by created_at, channel""")
                .setParameter("n", notificationId).setParameter("all", caller.isAdmin()).setParameter("me", caller.subject())
                .getResultList();
        return rows.stream().map(r -> new DeliveryView((UUID) r[0], (UUID) r[1], Channel.valueOf((String) r[2]), (String) r[3],
                (String) r[4], (String) r[5], ((Number) r[6]).intValue(), instant(r[7]), instant(r[8]), (String) r[9],
                attempts((UUID) r[0]))).toList();
    }

    @SuppressWarnings("unchecked")
    private List<DeliveryView.Attempt> attempts(UUID deliveryId) {
        List<Object[]> rows = entityManager.createNativeQuery("""
                        select attempt, at, outcome, http_status, error from delivery_attempt where delivery_id = :d order by attempt""")
                .setParameter("d", deliveryId).getResultList();
        return rows.stream().map(r -> new DeliveryView.Attempt(((Number) r[0]).intValue(), instant(r[1]), (String) r[2],
                r[3] == null ? null : ((Number) r[3]).intValue(), (String) r[4])).toList();
    }

    private static Instant instant(Object value) {
        if (value == null || value instanceof Instant) {
            return (Instant) value;
        }
        return value instanceof OffsetDateTime o ? o.toInstant() : ((Timestamp) value).toInstant();
    }
}
