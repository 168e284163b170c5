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
    private static final TypeReference<List<String>> KINDS = new TypeReference<>() {
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
        for (Row r : reachable(draft)) {
            if (r.text("webhook_kinds") != null) {
                if (DeliveryRules.webhookWants(kinds(r.text("webhook_kinds")), draft.kind().name())) {
                    insert(notificationId, Channel.WEBHOOK, r.text("target"), r.text("recipient"), "PENDING", now, now);
                }
                continue;
            }
            if (!DeliveryRules.wantsEmail(draft.kind().name(), urgent, r.text("target"), choices(r.text("channels")))) {
                continue;
            }
            QuietHours quiet = r.time("quiet_start") == null ? null : new QuietHours(r.time("quiet_start"), r.time("quiet_end"));
            DeliveryRules.Timing timing = DeliveryRules.firstAttempt(urgent, quiet, DeliveryRules.Digest.valueOf(r.text("digest")),
                    digestTime, now, Clocks.BUSINESS_ZONE);
            insert(notificationId, Channel.EMAIL, r.text("target"), r.text("recipient"), timing.digest() ? "DIGEST" : "PENDING",
                    timing.at(), now);
        }
    }

    /**
     * The audience's members with an e-mail address, and their webhooks (the ones with {@code webhook_kinds}), in one
     * statement, looked up once per transaction: a consumer's batch stores many notifications for the same team and
     * enterprise. A preference or webhook changed while the batch runs reaches the next batch, as it would had it been
     * changed a moment later.
     */
    private List<Row> reachable(Draft draft) {
        return lookupsOfThisTransaction().computeIfAbsent(draft.audience().name() + '\n' + draft.audienceKey(), ignored ->
                Row.all(entityManager.createNativeQuery("""
                                select p.subject as recipient, p.email as target, cast(p.channels as text) as channels,
                                       p.quiet_start, p.quiet_end, p.digest, cast(null as text) as webhook_kinds
                                from preference p where p.email is not null and %s
                                union all
                                select w.owner, cast(w.id as varchar), null, null, null, null, cast(w.kinds as text)
                                from webhook w where %s"""
                                .formatted(AudienceMembers.condition(draft.audience(), "p", "subject"),
                                        AudienceMembers.condition(draft.audience(), "w", "owner")), Tuple.class)
                        .setParameter("key", draft.audienceKey())));
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

    private List<String> kinds(String text) {
        try {
            return json.readValue(text, KINDS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a webhook's stored kinds cannot be read", e);
        }
    }

    private Map<String, List<Channel>> choices(String text) {
        try {
            return text == null ? Map.of() : json.readValue(text, CHOICES);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored channel choices cannot be read", e);
        }
    }

}
