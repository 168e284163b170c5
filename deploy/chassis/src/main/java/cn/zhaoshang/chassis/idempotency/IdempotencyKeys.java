package cn.zhaoshang.chassis.idempotency;

import cn.zhaoshang.chassis.persistence.Row;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The kept answers, per caller and key. Claiming is an insert that only one request can win (the primary key), so
 * two requests racing with one key make one effect: the other waits for the first one's answer.
 */
@ApplicationScoped
public class IdempotencyKeys {

    /** What a request with a key is to do. */
    interface Claim {
        /** The first with this key: handle it, then {@link #complete}. */
        record First() implements Claim {
        }

        /** Answered before: send that answer again. */
        record Answered(StoredAnswer answer) implements Claim {
        }

        /** The key was used for a different request. */
        record OtherRequest() implements Claim {
        }

        /** The first request is still being handled (or its outcome was lost with its replica). */
        record InProgress() implements Claim {
        }
    }

    private final EntityManager entityManager;
    private final Clock clock;
    private final IdempotencySettings settings;

    public IdempotencyKeys(EntityManager entityManager, Clock clock, IdempotencySettings settings) {
        this.entityManager = entityManager;
        this.clock = clock;
        this.settings = settings;
    }

    /** Claims the key for this request, or says what became of the request that claimed it first. */
    Claim claim(String owner, String key, String requestHash) {
        Instant now = Instant.now(clock);
        Instant horizon = now.minus(settings.retention());
        boolean first = QuarkusTransaction.requiringNew().call(() -> {
            // a key past its retention is free again
            entityManager.createNativeQuery("delete from idempotency_key where owner = :owner and key = :key and created_at < :horizon")
                    .setParameter("owner", owner).setParameter("key", key).setParameter("horizon", horizon).executeUpdate();
            return entityManager.createNativeQuery("""
                            insert into idempotency_key (owner, key, request_hash, created_at) values (:owner, :key, :hash, :now)
                            on conflict do nothing""")
                    .setParameter("owner", owner).setParameter("key", key).setParameter("hash", requestHash)
                    .setParameter("now", now).executeUpdate() == 1;
        });
        if (first) {
            return new Claim.First();
        }
        Instant giveUp = now.plus(settings.waitForFirst());
        while (true) {
            Optional<Row> kept = read(owner, key);
            if (kept.isEmpty()) {
                // the first request failed and let the key go: this one may try
                return claim(owner, key, requestHash);
            }
            Row row = kept.get();
            if (!row.text("request_hash").equals(requestHash)) {
                return new Claim.OtherRequest();
            }
            if (row.instant("completed_at") != null) {
                return new Claim.Answered(new StoredAnswer(row.integer("status"), row.text("content_type"),
                        row.text("location"), row.text("etag"), row.text("body")));
            }
            if (Instant.now(clock).isAfter(giveUp)) {
                return new Claim.InProgress();
            }
            sleep(Duration.ofMillis(100));
        }
    }

    /** Keeps the first request's answer for its retries. */
    void complete(String owner, String key, StoredAnswer answer) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                        update idempotency_key set completed_at = :now, status = :status, content_type = :type,
                               location = :location, etag = :etag, body = :body
                        where owner = :owner and key = :key""")
                .setParameter("now", Instant.now(clock)).setParameter("status", answer.status())
                .setParameter("type", answer.contentType()).setParameter("location", answer.location())
                .setParameter("etag", answer.etag()).setParameter("body", answer.body())
                .setParameter("owner", owner).setParameter("key", key).executeUpdate());
    }

    /** The first request failed on the server's side (5xx): nothing was done, so a retry may do it. */
    void release(String owner, String key) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                        "delete from idempotency_key where owner = :owner and key = :key and completed_at is null")
                .setParameter("owner", owner).setParameter("key", key).executeUpdate());
    }

    @Scheduled(every = "1h", delayed = "10m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void forgetOldAnswers() {
        try {
            int forgotten = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                            "delete from idempotency_key where created_at < :horizon")
                    .setParameter("horizon", Instant.now(clock).minus(settings.retention())).executeUpdate());
            if (forgotten > 0) {
                Log.debugf("idempotency keys: %d past retention forgotten", forgotten);
            }
        } catch (RuntimeException e) {
            Log.warnf("idempotency keys: clean-up failed, the next run tries again: %s", e.toString());
        }
    }

    private Optional<Row> read(String owner, String key) {
        List<Row> rows = QuarkusTransaction.requiringNew().call(() -> Row.all(entityManager.createNativeQuery("""
                        select request_hash, completed_at, status, content_type, location, etag, body
                        from idempotency_key where owner = :owner and key = :key""", Tuple.class)
                .setParameter("owner", owner).setParameter("key", key)));
        return rows.stream().findFirst();
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the first request with this key", e);
        }
    }
}
