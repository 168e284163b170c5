package cn.zhaoshang.notify.delivery;

import cn.zhaoshang.chassis.persistence.Row;
import jakarta.persistence.Tuple;
import cn.zhaoshang.notify.inbox.Inbox;
import cn.zhaoshang.chassis.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

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

    public List<DeliveryView> of(UUID notificationId) {
        inbox.requireVisible(notificationId);
        List<Row> rows = Row.all(entityManager.createNativeQuery("""
                        select id, notification_id, channel, target, recipient, status, attempts, next_attempt_at, sent_at, last_error
                        from delivery where notification_id = :n and (:all or recipient = :me) order by created_at, channel""", Tuple.class)
                .setParameter("n", notificationId).setParameter("all", caller.isAdmin()).setParameter("me", caller.subject()));
        return rows.stream().map(r -> new DeliveryView(r.uuid("id"), r.uuid("notification_id"), Channel.valueOf(r.text("channel")),
                r.text("target"), r.text("recipient"), r.text("status"), r.integer("attempts"), r.instant("next_attempt_at"),
                r.instant("sent_at"), r.text("last_error"), attempts(r.uuid("id")))).toList();
    }

    private List<DeliveryView.Attempt> attempts(UUID deliveryId) {
        return Row.all(entityManager.createNativeQuery("""
                        select attempt, at, outcome, http_status, error from delivery_attempt where delivery_id = :d order by attempt""",
                        Tuple.class).setParameter("d", deliveryId)).stream()
                .map(r -> new DeliveryView.Attempt(r.integer("attempt"), r.instant("at"), r.text("outcome"),
                        r.optionalInteger("http_status"), r.text("error"))).toList();
    }
}
