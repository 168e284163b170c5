package cn.zhaoshang.notify.delivery;

import cn.zhaoshang.chassis.persistence.Row;
import jakarta.persistence.Tuple;
import cn.zhaoshang.notify.inbox.Inbox;
import cn.zhaoshang.chassis.security.Caller;
import cn.zhaoshang.chassis.security.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.UUID;

/**
 * Reads the record of deliveries. Admins and city-wide supervisors oversee every notification's deliveries, a
 * district's supervisors those of notifications about their district (its projects, or sent to its supervisors);
 * everyone else sees their own deliveries of notifications in their inbox. A notification beyond that is a 404.
 */
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
        boolean overseen = oversees(notificationId);
        if (!overseen) {
            inbox.requireVisible(notificationId);
        }
        List<Row> rows = Row.all(entityManager.createNativeQuery("""
                        select id, notification_id, channel, target, recipient, status, attempts, next_attempt_at, sent_at, last_error
                        from delivery where notification_id = :n and (:all or recipient = :me) order by created_at, channel""", Tuple.class)
                .setParameter("n", notificationId).setParameter("all", overseen).setParameter("me", caller.subject()));
        return rows.stream().map(r -> new DeliveryView(r.uuid("id"), r.uuid("notification_id"), Channel.valueOf(r.text("channel")),
                r.text("target"), r.text("recipient"), r.text("status"), r.integer("attempts"), r.instant("next_attempt_at"),
                r.instant("sent_at"), r.text("last_error"), attempts(r.uuid("id")))).toList();
    }

    private boolean oversees(UUID notificationId) {
        if (caller.cityWide()) {
            return exists("select exists (select 1 from notification where id = :n)", notificationId, null);
        }
        if (!caller.is(Roles.SUPERVISOR) || caller.district().isEmpty()) {
            return false;
        }
        return exists("""
                select exists (select 1 from notification n left join project_audience p on p.project_id = n.project_id
                               where n.id = :n and ((n.audience_type = 'DISTRICT_SUPERVISORS' and n.audience_key = :d)
                                                    or p.district = :d))""", notificationId, caller.district().get());
    }

    private boolean exists(String sql, UUID notificationId, String district) {
        var query = entityManager.createNativeQuery(sql).setParameter("n", notificationId);
        if (district != null) {
            query.setParameter("d", district);
        }
        return Boolean.TRUE.equals(query.getSingleResult());
    }

    private List<DeliveryView.Attempt> attempts(UUID deliveryId) {
        return Row.all(entityManager.createNativeQuery("""
                        select attempt, at, outcome, http_status, error from delivery_attempt where delivery_id = :d order by attempt""",
                        Tuple.class).setParameter("d", deliveryId)).stream()
                .map(r -> new DeliveryView.Attempt(r.integer("attempt"), r.instant("at"), r.text("outcome"),
                        r.optionalInteger("http_status"), r.text("error"))).toList();
    }
}
