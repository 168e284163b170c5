package cn.zhaoshang.notify.delivery;

import cn.zhaoshang.chassis.persistence.Row;
import jakarta.persistence.Tuple;
import cn.zhaoshang.notify.webhook.Webhook;
import cn.zhaoshang.notify.webhook.WebhookSettings;
import jakarta.annotation.PreDestroy;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;

/**
 * Sends due e-mails and webhook calls, retrying temporary failures with backoff and recording every attempt.
 * Replicas share the work safely: a delivery is claimed by moving its next attempt a lease ahead under
 * {@code FOR UPDATE SKIP LOCKED}, and sending happens outside any transaction. A replica that dies while
 * sending leaves the lease to run out, and the delivery is tried again (at least once, never lost).
 * Webhook calls run side by side and are recorded as each one ends, so a pass never waits for a slow
 * target: a call still in flight keeps its lease, and the next pass takes what has come due since.
 */
@ApplicationScoped
public class DeliveryDispatcher {

    private static final SecureRandom JITTER = new SecureRandom();
    private static final Duration LEASE = Duration.ofMinutes(2);

    private final EntityManager entityManager;
    private final EmailSender email;
    private final WebhookSender webhooks;
    private final Clock clock;
    private final RetryPolicy retries;
    private final int batchSize;
    /** Webhook calls in flight; a pass claims no more than there is room for. */
    private final Semaphore inFlight;
    /** Looks webhooks up before their calls and records them after, off the scheduler and the event loop. */
    private final ExecutorService webhookWork = Executors.newFixedThreadPool(4, runnable -> {
        Thread thread = new Thread(runnable, "webhook-work");
        thread.setDaemon(true);
        return thread;
    });

    public DeliveryDispatcher(EntityManager entityManager, EmailSender email, WebhookSender webhooks, Clock clock,
                              DeliverySettings settings, WebhookSettings webhookSettings) {
        this.entityManager = entityManager;
        this.email = email;
        this.webhooks = webhooks;
        this.clock = clock;
        this.retries = new RetryPolicy(settings.maxAttempts(), settings.firstRetry(), settings.maxRetry(), JITTER::nextDouble);
        this.batchSize = settings.batchSize();
        this.inFlight = new Semaphore(webhookSettings.maxInFlight());
    }

    @PreDestroy
    void stop() {
        webhookWork.shutdownNow();
    }

    @Scheduled(every = "${notify.delivery.interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        try {
            dispatch();
        } catch (RuntimeException e) {
            Log.warnf("delivery dispatch failed, next run retries: %s", e.toString());
        }
    }

    /** One pass; returns how many deliveries it took on (webhook calls may still be in flight). */
    public int dispatch() {
        Instant now = Instant.now(clock);
        int room = Math.min(batchSize, inFlight.availablePermits());
        if (room == 0) {
            return 0;
        }
        List<Outgoing> due = QuarkusTransaction.requiringNew().call(() -> claim(now, room));
        Map<String, List<Outgoing>> digests = new LinkedHashMap<>();
        List<Outgoing> mails = new ArrayList<>();
        for (Outgoing item : due) {
            if (item.digest()) {
                digests.computeIfAbsent(item.target(), address -> new ArrayList<>()).add(item);
            } else if (item.channel() == Channel.WEBHOOK) {
                call(item);
            } else {
                mails.add(item);
            }
        }
        // the pass's mails recorded together: one commit instead of one per mail (a crash before it sends them again)
        Map<Outgoing, SendResult> mailed = new LinkedHashMap<>();
        for (Outgoing item : mails) {
            mailed.put(item, email.send(item.target(), item));
        }
        if (!mailed.isEmpty()) {
            QuarkusTransaction.requiringNew().run(() -> mailed.forEach(this::record));
        }
        digests.forEach((address, items) -> {
            SendResult result = email.sendDigest(address, items);
            QuarkusTransaction.requiringNew().run(() -> items.forEach(item -> record(item, result)));
        });
        return due.size();
    }

    /** Starts one webhook call; it is recorded, and its room freed, when it ends. */
    private void call(Outgoing item) {
        inFlight.acquireUninterruptibly();
        try {
            webhookWork.execute(() -> {
                CompletionStage<SendResult> result;
                try {
                    Optional<Webhook> hook = QuarkusTransaction.requiringNew()
                            .call(() -> Webhook.<Webhook>findByIdOptional(UUID.fromString(item.target())));
                    result = hook.map(h -> webhooks.send(h.url, h.secret, item))
                            .orElseGet(() -> CompletableFuture.completedFuture(SendResult.failed(410, "the webhook was deleted")));
                } catch (RuntimeException e) {
                    Log.warnf("webhook delivery %s could not start, its lease runs out and it is tried again: %s", item.deliveryId(), e);
                    inFlight.release();
                    return;
                }
                result.whenComplete((sent, error) -> recordLater(item, sent != null ? sent : SendResult.failed(-1, "the call failed before an answer")));
            });
        } catch (RejectedExecutionException stopping) {
            inFlight.release();
        }
    }

    private void recordLater(Outgoing item, SendResult result) {
        try {
            webhookWork.execute(() -> {
                try {
                    QuarkusTransaction.requiringNew().run(() -> record(item, result));
                } catch (RuntimeException e) {
                    Log.warnf("webhook delivery %s not recorded, its lease runs out and it is tried again: %s", item.deliveryId(), e);
                } finally {
                    inFlight.release();
                }
            });
        } catch (RejectedExecutionException stopping) {
            inFlight.release();
        }
    }

    private List<Outgoing> claim(Instant now, int limit) {
        List<Row> rows = Row.all(entityManager.createNativeQuery("""
                        with due as (
                            select id from delivery where status in ('PENDING', 'DIGEST') and next_attempt_at <= :now
                            order by next_attempt_at limit :batch for update skip locked),
                        claimed as (
                            update delivery d set next_attempt_at = :lease from due where d.id = due.id
                            returning d.id, d.channel, d.target, d.status, d.attempts, d.notification_id)
                        select c.id, c.channel, c.target, c.status, c.attempts, n.id as nid, n.kind, n.urgency, n.title, n.body,
                               n.project_id, n.ticket_id, n.created_at, n.seq
                        from claimed c join notification n on n.id = c.notification_id order by n.seq""", Tuple.class)
                .setParameter("now", now).setParameter("batch", limit).setParameter("lease", now.plus(LEASE)));
        return rows.stream().map(r -> new Outgoing(r.uuid("id"), Channel.valueOf(r.text("channel")), r.text("target"),
                "DIGEST".equals(r.text("status")), r.integer("attempts"), r.uuid("nid"), r.text("kind"), r.text("urgency"),
                r.text("title"), r.text("body"), r.uuid("project_id"), r.uuid("ticket_id"), r.instant("created_at"),
                r.number("seq"))).toList();
    }

    /** The attempt on record, and the delivery sent, rescheduled with backoff, failed, or given up. */
    private void record(Outgoing item, SendResult result) {
        Instant now = Instant.now(clock);
        int attempt = item.attempts() + 1;
        String outcome;
        String status;
        Instant next = null;
        Optional<Duration> delay = result.temporary() ? retries.nextDelay(attempt) : Optional.empty();
        if (result.sent()) {
            outcome = "SENT";
            status = "SENT";
        } else if (delay.isPresent()) {
            outcome = "RETRY";
            status = item.digest() ? "DIGEST" : "PENDING";
            next = now.plus(delay.get());
        } else {
            outcome = result.temporary() ? "GAVE_UP" : "FAILED";
            status = outcome;
        }
        entityManager.createNativeQuery("""
                        update delivery set status = :status, attempts = :attempt, next_attempt_at = :next, last_error = :error,
                               sent_at = case when :sent then cast(:now as timestamptz) else sent_at end where id = :id""")
                .setParameter("status", status).setParameter("attempt", attempt).setParameter("next", next)
                .setParameter("error", truncate(result.error())).setParameter("sent", result.sent())
                .setParameter("now", now).setParameter("id", item.deliveryId()).executeUpdate();
        entityManager.createNativeQuery("""
                        insert into delivery_attempt (delivery_id, attempt, at, outcome, http_status, error)
                        values (:id, :attempt, :now, :outcome, :http, :error)""")
                .setParameter("id", item.deliveryId()).setParameter("attempt", attempt).setParameter("now", now)
                .setParameter("outcome", outcome).setParameter("http", result.httpStatus() < 0 ? null : result.httpStatus())
                .setParameter("error", truncate(result.error())).executeUpdate();
    }

    private static String truncate(String error) {
        return error == null || error.length() <= 2000 ? error : error.substring(0, 2000);
    }

}
