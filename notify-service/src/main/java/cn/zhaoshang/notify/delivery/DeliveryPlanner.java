package cn.zhaoshang.notify.delivery;

import cn.zhaoshang.notify.inbox.Draft;
import cn.zhaoshang.notify.time.Clocks;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.sql.Time;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Decides, in the transaction that stores a notification, which e-mails and webhook calls it causes and when
 * each is first tried; the dispatcher does the sending. Stored with the notification, a delivery survives a
 * crash between the two.
 */
@ApplicationScoped
public class DeliveryPlanner {

    private static final TypeReference<Map<String, List<Channel>>> CHOICES = new TypeReference<>() {
    };

    private final EntityManager entityManager;
    private final ObjectMapper json;
    private final Clock clock;
    private final LocalTime digestTime;

    public DeliveryPlanner(EntityManager entityManager, ObjectMapper json, Clock clock,
                           @ConfigProperty(name = "notify.digest.time") LocalTime digestTime) {
        this.entityManager = entityManager;
        this.json = json;
        this.clock = clock;
        this.digestTime = digestTime;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void plan(UUID notificationId, Draft draft) {
        Instant now = Instant.now(clock);
        boolean urgent = draft.urgency() == Draft.Urgency.URGENT;
        for (Object row : members("select p.subject, p.email, cast(p.channels as text), p.quiet_start, p.quiet_end, p.digest"
                + " from preference p where p.email is not null and " + AudienceMembers.condition(draft.audience(), "p", "subject"), draft)) {
            Object[] r = (Object[]) row;
            if (!DeliveryRules.wantsEmail(draft.kind(), urgent, (String) r[1], choices((String) r[2]))) {
                continue;
            }
            QuietHours quiet = r[3] == null ? null : new QuietHours(time(r[3]), time(r[4]));
            DeliveryRules.Timing timing = DeliveryRules.firstAttempt(urgent, quiet, DeliveryRules.Digest.valueOf((String) r[5]),
                    digestTime, now, Clocks.BUSINESS_ZONE);
            insert(notificationId, Channel.EMAIL, (String) r[1], (String) r[0], timing.digest() ? "DIGEST" : "PENDING", timing.at(), now);
        }
        for (Object row : members("select cast(w.id as varchar), w.owner from webhook w where (jsonb_array_length(w.kinds) = 0"
                + " or w.kinds @> jsonb_build_array(cast(:kind as text))) and " + AudienceMembers.condition(draft.audience(), "w", "owner"), draft)) {
            Object[] r = (Object[]) row;
            insert(notificationId, Channel.WEBHOOK, (String) r[0], (String) r[1], "PENDING", now, now);
        }
    }

    private List<?> members(String sql, Draft draft) {
        var query = entityManager.createNativeQuery(sql).setParameter("key", draft.audienceKey());
        if (sql.contains(":kind")) {
            query.setParameter("kind", draft.kind());
        }
        return query.getResultList();
    }

    private void insert(UUID notificationId, Channel channel, String target, String recipient, String status, Instant at, Instant now) {
        entityManager.createNativeQuery("""
                        insert into delivery (id, notification_id, channel, target, recipient, status, next_attempt_at, created_at)
                        values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) on conflict do nothing""")
                .setParameter(1, UUID.randomUUID()).setParameter(2, notificationId).setParameter(3, channel.name())
                .setParameter(4, target).setParameter(5, recipient).setParameter(6, status).setParameter(7, at)
                .setParameter(8, now).executeUpdate();
    }

    private Map<String, List<Channel>> choices(String text) {
        try {
            return text == null ? Map.of() : json.readValue(text, CHOICES);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored channel choices cannot be read", e);
        }
    }

    private static LocalTime time(Object value) {
        return value instanceof LocalTime t ? t : ((Time) value).toLocalTime();
    }
}
