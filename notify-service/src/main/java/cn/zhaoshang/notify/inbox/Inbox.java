package cn.zhaoshang.notify.inbox;

import cn.zhaoshang.chassis.persistence.BatchInsert;
import cn.zhaoshang.chassis.persistence.Row;
import jakarta.persistence.Tuple;
import cn.zhaoshang.chassis.problem.ResourceNotFound;
import cn.zhaoshang.chassis.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A reader's inbox: every notification whose audience includes them, judged by their token now (their
 * subject, enterprise claim, project teams, supervised district), with read state per reader.
 */
@ApplicationScoped
@Transactional
public class Inbox {

    private static final long WRITER_LOCK = 0x6e6f74696679L;

    private final Caller caller;
    private final Event<NotificationStored> stored;
    private final EntityManager entityManager;
    private final Clock clock;
    private final TransactionSynchronizationRegistry transaction;

    public Inbox(Caller caller, Event<NotificationStored> stored, EntityManager entityManager, Clock clock,
                 TransactionSynchronizationRegistry transaction) {
        this.caller = caller;
        this.stored = stored;
        this.entityManager = entityManager;
        this.clock = clock;
        this.transaction = transaction;
    }

    /** Taken once per transaction, however many times it stores notifications (a reminder run stores many). */
    private static final String WRITER_LOCK_HELD = Inbox.class.getName() + ".writerLock";

    private boolean firstWriteInTransaction() {
        if (transaction.getResource(WRITER_LOCK_HELD) != null) {
            return false;
        }
        transaction.putResource(WRITER_LOCK_HELD, Boolean.TRUE);
        return true;
    }

    /** A rule's draft and the event (or reminder) it comes from: the pair is stored once per audience and kind. */
    public record Arrival(Draft draft, String sourceEventId) {
    }

    /** Stores a rule's draft unless the same event already notified the same audience of the same kind. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void deliver(Draft draft, String sourceEventId) {
        deliverAll(List.of(new Arrival(draft, sourceEventId)));
    }

    /** {@link #deliver} for many drafts (a consumer's batch), sent to the database together. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void deliverAll(List<Arrival> arrivals) {
        if (arrivals.isEmpty()) {
            return;
        }
        // One writer at a time until commit: sequence numbers then become visible in order, so a live stream
        // that has sent up to N never misses a smaller number committed later. In the same round trip, the notice
        // that wakes other replicas' streams at commit (once per transaction: PostgreSQL folds repeats); should every
        // draft turn out a repeat, they look once and find nothing new.
        if (firstWriteInTransaction()) {
            entityManager.createNativeQuery("select pg_advisory_xact_lock(?1), pg_notify(?2, ?3)")
                    .setParameter(1, WRITER_LOCK).setParameter(2, NewNotifications.CHANNEL)
                    .setParameter(3, NewNotifications.THIS_REPLICA).getSingleResult();
        }
        List<UUID> ids = arrivals.stream().map(arrival -> UUID.randomUUID()).toList();
        Instant now = Instant.now(clock);
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < arrivals.size(); i++) {
            Draft draft = arrivals.get(i).draft();
            rows.add(new Object[] {ids.get(i), draft.audience().name(), draft.audienceKey(), draft.kind().name(),
                    draft.urgency().name(), draft.title(), draft.body(), draft.projectId(), draft.ticketId(),
                    arrivals.get(i).sourceEventId(), now});
        }
        // in the order of the events the drafts come from, which the rows' sequence numbers then follow
        boolean[] inserted = BatchInsert.skippingConflicts(entityManager, """
                insert into notification (id, audience_type, audience_key, kind, urgency, title, body, project_id,
                                          ticket_id, source_event_id, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (source_event_id, audience_type, audience_key, kind) do nothing""", rows);
        for (int i = 0; i < arrivals.size(); i++) {
            if (inserted[i]) {
                stored.fire(new NotificationStored(ids.get(i), arrivals.get(i).draft()));
            }
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public InboxPage read(boolean unreadOnly, int page, int size) {
        Map<String, Object> params = new HashMap<>();
        String where = audienceCondition(params) + (unreadOnly ? " and r.notification_id is null" : "");
        String from = " from notification n left join notification_read r on r.notification_id = n.id and r.subject = :sub where ";
        Query rows = entityManager.createNativeQuery("select n.id, n.kind, n.urgency, n.title, n.body, n.project_id, n.ticket_id,"
                + " n.created_at, r.read_at, n.seq" + from + where + " order by n.seq desc limit :size offset :skip", Tuple.class);
        Query total = entityManager.createNativeQuery("select count(*)" + from + where);
        Query unread = entityManager.createNativeQuery("select count(*)" + from + audienceCondition(new HashMap<>())
                + " and r.notification_id is null");
        params.forEach((k, v) -> {
            rows.setParameter(k, v);
            total.setParameter(k, v);
            unread.setParameter(k, v);
        });
        rows.setParameter("size", size).setParameter("skip", (long) page * size);
        List<NotificationView> items = Row.all(rows).stream().map(Inbox::view).toList();
        return new InboxPage(items, ((Number) total.getSingleResult()).longValue(),
                ((Number) unread.getSingleResult()).longValue(), page, size);
    }

    /** 404 unless the notification is in the caller's inbox. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public void requireVisible(UUID id) {
        Map<String, Object> params = new HashMap<>();
        Query visible = entityManager.createNativeQuery("select count(*) from notification n where n.id = :id and "
                + audienceCondition(params));
        params.forEach(visible::setParameter);
        visible.setParameter("id", id);
        if (((Number) visible.getSingleResult()).longValue() == 0) {
            throw new ResourceNotFound("notification", id);
        }
    }

    public void markRead(UUID id) {
        requireVisible(id);
        entityManager.createNativeQuery("insert into notification_read (notification_id, subject, read_at) values (?1, ?2, ?3)"
                        + " on conflict do nothing")
                .setParameter(1, id).setParameter(2, caller.subject()).setParameter(3, Instant.now(clock)).executeUpdate();
    }

    public int markAllRead() {
        Map<String, Object> params = new HashMap<>();
        Query insert = entityManager.createNativeQuery("insert into notification_read (notification_id, subject, read_at)"
                + " select n.id, :sub, :now from notification n left join notification_read r"
                + " on r.notification_id = n.id and r.subject = :sub where r.notification_id is null and "
                + audienceCondition(params));
        params.forEach(insert::setParameter);
        insert.setParameter("now", Instant.now(clock));
        return insert.executeUpdate();
    }

    private String audienceCondition(Map<String, Object> params) {
        return Reader.of(caller).audienceCondition(params);
    }

    /** The reader's notifications after {@code seq}, oldest first: what a live stream sends next. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<NotificationView> after(Reader reader, long seq, int limit) {
        Map<String, Object> params = new HashMap<>();
        String where = reader.audienceCondition(params);
        Query rows = entityManager.createNativeQuery("select n.id, n.kind, n.urgency, n.title, n.body, n.project_id,"
                + " n.ticket_id, n.created_at, r.read_at, n.seq from notification n left join notification_read r"
                + " on r.notification_id = n.id and r.subject = :sub where n.seq > :after and " + where + " order by n.seq limit :limit",
                Tuple.class);
        params.forEach(rows::setParameter);
        rows.setParameter("after", seq).setParameter("limit", limit);
        return Row.all(rows).stream().map(Inbox::view).toList();
    }

    /** The newest sequence number: a stream opened without Last-Event-ID starts after it. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public long latestSequence() {
        return ((Number) entityManager.createNativeQuery("select coalesce(max(seq), 0) from notification").getSingleResult()).longValue();
    }

    /**
     * Everything stored after {@code seq}, oldest first, with whom it is for (a team's members as they stand now):
     * what a replica's look hands its streams. Unread, since it is new.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    List<NewNotifications.Carried> storedAfter(long seq, int limit) {
        // the limit is in the SQL, not set with setMaxResults: Hibernate places that by scanning a native query's text
        // with a regular expression on every execution, a third of this service's CPU under load (so in every query here)
        Query rows = entityManager.createNativeQuery("""
                select n.id, n.kind, n.urgency, n.title, n.body, n.project_id, n.ticket_id, n.created_at,
                       cast(null as timestamptz) as read_at, n.seq, n.audience_type, n.audience_key,
                       case when n.audience_type = 'PROJECT_TEAM' then (select array_agg(m.subject) from project_audience_member m
                                                                        where m.project_id = cast(n.audience_key as uuid)) end as members
                from notification n where n.seq > :after order by n.seq limit :limit""", Tuple.class);
        rows.setParameter("after", seq).setParameter("limit", limit);
        return Row.all(rows).stream()
                .map(row -> new NewNotifications.Carried(view(row), Audience.valueOf(row.text("audience_type")),
                        row.text("audience_key"), Set.copyOf(row.texts("members"))))
                .toList();
    }

    private static NotificationView view(Row row) {
        return new NotificationView(row.uuid("id"), row.text("kind"), row.text("urgency"), row.text("title"), row.text("body"),
                row.uuid("project_id"), row.uuid("ticket_id"), row.instant("created_at"), row.instant("read_at"), row.number("seq"));
    }
}
