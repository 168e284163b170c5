package cn.zhaoshang.notify.delivery;

import cn.zhaoshang.chassis.persistence.Row;
import jakarta.persistence.Tuple;
import cn.zhaoshang.notify.inbox.Draft;
import cn.zhaoshang.notify.inbox.NotificationStored;
import jakarta.enterprise.event.Observes;
import cn.zhaoshang.chassis.time.Clocks;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.util.HashMap;
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
    private final TransactionSynchronizationRegistry transaction;

    public DeliveryPlanner(EntityManager entityManager, ObjectMapper json, Clock clock, ChannelSettings.Digest digest,
                           TransactionSynchronizationRegistry transaction) {
        this.entityManager = entityManager;
        this.json = json;
        this.clock = clock;
        this.digestTime = digest.time();
        this.transaction = transaction;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void plan(@Observes NotificationStored stored) {
        UUID notificationId = stored.notificationId();
        Draft draft = stored.draft();
        Instant now = Instant.now(clock);
        boolean urgent = draft.urgency() == Draft.Urgency.URGENT;
        for (Row r : members("select p.subject, p.email, cast(p.channels as text) as channels, p.quiet_start, p.quiet_end, p.digest"
                + " from preference p where p.email is not null and " + AudienceMembers.condition(draft.audience(), "p", "subject"), draft)) {
            if (!DeliveryRules.wantsEmail(draft.kind().name(), urgent, r.text("email"), choices(r.text("channels")))) {
                continue;
            }
            QuietHours quiet = r.time("quiet_start") == null ? null : new QuietHours(r.time("quiet_start"), r.time("quiet_end"));
            DeliveryRules.Timing timing = DeliveryRules.firstAttempt(urgent, quiet, DeliveryRules.Digest.valueOf(r.text("digest")),
                    digestTime, now, Clocks.BUSINESS_ZONE);
            insert(notificationId, Channel.EMAIL, r.text("email"), r.text("subject"), timing.digest() ? "DIGEST" : "PENDING",
                    timing.at(), now);
        }
        for (Row r : members("select cast(w.id as varchar) as id, w.owner from webhook w where (jsonb_array_length(w.kinds) = 0"
                + " or w.kinds @> jsonb_build_array(cast(:kind as text))) and " + AudienceMembers.condition(draft.audience(), "w", "owner"), draft)) {
            insert(notificationId, Channel.WEBHOOK, r.text("id"), r.text("owner"), "PENDING", now, now);
        }
    }

    /**
     * Who of an audience wants what, looked up once per transaction: a consumer's batch stores many notifications for
     * the same team and enterprise. A preference changed while the batch runs reaches the next batch, as it would
     * had it been changed a moment later.
     */
    private List<Row> members(String sql, Draft draft) {
        boolean byKind = sql.contains(":kind");
        String lookup = sql + '\n' + draft.audienceKey() + (byKind ? '\n' + draft.kind().name() : "");
        return lookupsOfThisTransaction().computeIfAbsent(lookup, ignored -> {
            var query = entityManager.createNativeQuery(sql, Tuple.class).setParameter("key", draft.audienceKey());
            if (byKind) {
                query.setParameter("kind", draft.kind().name());
            }
            return Row.all(query);
        });
    }

    @SuppressWarnings("unchecked")
    private Map<String, List<Row>> lookupsOfThisTransaction() {
        Object held = transaction.getResource(DeliveryPlanner.class);
        if (held == null) {
            held = new HashMap<String, List<Row>>();
            transaction.putResource(DeliveryPlanner.class, held);
        }
        return (Map<String, List<Row>>) held;
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

}
