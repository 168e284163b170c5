package cn.zhaoshang.chassis.outbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.interceptor.Interceptor;
import jakarta.enterprise.context.ApplicationScoped;
import javax.sql.DataSource;
import org.apache.kafka.common.header.internals.RecordHeaders;
import io.quarkus.arc.properties.IfBuildProperty;
import io.smallrye.common.annotation.Identifier;
import org.apache.kafka.clients.producer.ProducerRecord;
import cn.zhaoshang.contracts.CloudEvent;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Publishes outbox rows to the service's topic as structured CloudEvents, in {@code seq} order, and marks them only once
 * Kafka took them. Only one replica publishes at a time: the leader holds a PostgreSQL session advisory lock on a
 * connection of its own (if that session dies, the lock goes with it and another replica takes over). A round reads a
 * batch and sends it. A round with several rows of one key goes as one Kafka transaction (consumers read committed
 * records only): all of it reaches them, in order per key, or none of it, so a key's rows share produce requests and no
 * later event of a project can overtake an earlier one that failed; the transactional id also fences the producer of
 * the leader before. A round of one row per key (the usual one below full speed) goes without a transaction, each row
 * on its own, which spares it the transaction's round trips; a row that fails there has no later row of its key
 * behind it. Kafka refusing one row for itself (too large, say) in a transaction: the round's keys go again one
 * transaction each, so only that row's key waits, from that row on. What Kafka took is marked in the same short
 * transaction as the next round's read (on the leader's own connection; no database transaction is open while Kafka
 * is awaited). Kafka down: the round fails and the rows wait. A crash between send and mark republishes those rows;
 * consumers drop repeats by event id.
 */
@ApplicationScoped
@IfBuildProperty(name = "chassis.outbox.enabled", stringValue = "true")
public class OutboxRelay {

    private final DataSource dataSource;
    private final ObjectMapper json;
    private final Clock clock;
    private final String source;
    private final long lockKey;
    private final int batchSize;
    private final Duration roundLimit;
    private final Duration pollInterval;
    private final Duration linger;
    private final OutboxSender kafka;
    private final Semaphore wakeUp = new Semaphore(0);
    private volatile boolean running;
    private Thread worker;
    private Connection leadership;
    /** Sequence numbers Kafka took and the outbox does not yet show as published. */
    private final List<Long> acknowledged = new ArrayList<>();

    public OutboxRelay(DataSource dataSource, ObjectMapper json, Clock clock, OutboxConfig config,
                       @Identifier("default-kafka-broker") Map<String, Object> kafkaSettings) {
        this.dataSource = dataSource;
        this.json = json;
        this.clock = clock;
        this.source = config.source();
        this.lockKey = config.lockKey();
        this.batchSize = config.batchSize();
        this.roundLimit = config.maxBlock().plus(config.deliveryTimeout());
        this.pollInterval = config.pollInterval();
        this.linger = config.linger();
        this.kafka = new OutboxSender(kafkaSettings, config);
    }

    void start(@Observes @Priority(Interceptor.Priority.LIBRARY_AFTER + 100) StartupEvent startup) {
        running = true;
        worker = new Thread(this::loop, "outbox-relay");
        worker.setDaemon(true);
        worker.start();
    }

    void stop(@Observes ShutdownEvent shutdown) throws InterruptedException {
        running = false;
        wakeUp.release();
        if (worker != null) {
            worker.join(roundLimit.toMillis());
        }
        synchronized (this) {
            if (leadership != null && !acknowledged.isEmpty()) {
                try {
                    markAndRead(0);
                } catch (RuntimeException e) {
                    Log.warnf("acknowledged outbox rows not marked at shutdown; they will be sent again: %s", e.getMessage());
                }
            }
            stepDown();
        }
    }

    /** A change with events committed here: publish now rather than at the next poll. */
    void onCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) Outbox.Written written) {
        wakeUp.release();
    }

    private void loop() {
        long lastRoundEnded = System.nanoTime() - linger.toNanos();
        while (running) {
            try {
                if (wakeUp.tryAcquire(pollInterval.toMillis(), TimeUnit.MILLISECONDS)
                        && lingers(linger, lastRoundEnded, System.nanoTime())) {
                    // woken by a commit while commits keep coming: those of the next few milliseconds go out in the
                    // same round
                    Thread.sleep(linger.toMillis());
                }
                wakeUp.drainPermits();
                relay();
                lastRoundEnded = System.nanoTime();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /**
     * Whether a round that a commit woke waits for the linger first: only when the last round ended less than the
     * linger ago, that is while commits keep coming. Under load one round then carries the events of many requests;
     * a commit after a quiet spell goes out at once, without the wait.
     */
    static boolean lingers(Duration linger, long lastRoundEndedNanos, long nowNanos) {
        return !linger.isZero() && nowNanos - lastRoundEndedNanos < linger.toNanos();
    }

    /** Publishes until the outbox is empty or a round fails; rows other replicas committed are picked up too. */
    public synchronized void relay() {
        try {
            int sent;
            do {
                sent = publishBatch();
            } while (sent == batchSize);
        } catch (RuntimeException e) {
            Log.warnf("outbox relay round failed, rows stay for the next round: %s%s", e.getMessage(),
                    e.getCause() == null ? "" : " (" + e.getCause() + ")");
            pause();
        }
    }

    /** One round: returns how many rows went out (0 when another replica leads). */
    int publishBatch() {
        if (!leads()) {
            acknowledged.clear(); // the new leader sends them again; consumers drop the repeats
            return 0;
        }
        List<OutboxEvent> batch = markAndRead(batchSize);
        if (batch.isEmpty()) {
            return 0;
        }
        if (eachKeyOnce(batch)) {
            return publishApart(batch);
        }
        OutboxSender.Outcome whole = kafka.sendTogether(records(batch));
        if (whole.sent()) {
            acknowledge(batch);
            return batch.size();
        }
        if (!whole.refusedARow()) {
            throw new IllegalStateException("Kafka did not take the round of " + batch.size() + " events", whole.failure());
        }
        return publishKeyByKey(batch, whole.failure());
    }

    /** One row per key: each goes on its own, and those Kafka took are marked even when others failed. */
    private int publishApart(List<OutboxEvent> batch) {
        List<Throwable> failures = kafka.sendApart(records(batch));
        Throwable cause = null;
        int sent = 0;
        for (int i = 0; i < batch.size(); i++) {
            if (failures.get(i) == null) {
                acknowledged.add(batch.get(i).seq);
                sent++;
            } else if (cause == null) {
                cause = failures.get(i);
            }
        }
        if (sent < batch.size()) {
            throw partlyTaken(batch, sent, cause);
        }
        return batch.size();
    }

    /**
     * After a row was refused for itself (it would be refused again): each key goes in a transaction of its own, and
     * the refused row's key up to that row, so only that key waits and the others are not held up by it.
     */
    private int publishKeyByKey(List<OutboxEvent> batch, RuntimeException refusal) {
        int sent = 0;
        RuntimeException cause = refusal;
        for (List<OutboxEvent> rows : byKey(batch)) {
            OutboxSender.Outcome alone = kafka.sendTogether(records(rows));
            List<OutboxEvent> taken = rows;
            if (!alone.sent() && alone.refusedAt() > 0) {
                cause = alone.failure();
                taken = rows.subList(0, alone.refusedAt());
                alone = kafka.sendTogether(records(taken));
            }
            if (alone.sent()) {
                acknowledge(taken);
                sent += taken.size();
            } else {
                cause = alone.failure();
                if (!alone.refusedARow()) {
                    break; // Kafka itself is in trouble now: the other keys wait for the next round
                }
                // else the key's first row is the refused one: nothing of the key goes
            }
        }
        throw partlyTaken(batch, sent, cause);
    }

    /** Marks what Kafka did take now, so the next round does not send it again, and fails the round. */
    private IllegalStateException partlyTaken(List<OutboxEvent> batch, int sent, Throwable cause) {
        markAndRead(0);
        return new IllegalStateException((batch.size() - sent) + " of " + batch.size() + " events were not taken by Kafka", cause);
    }

    private void acknowledge(List<OutboxEvent> rows) {
        rows.forEach(row -> acknowledged.add(row.seq));
    }

    private List<ProducerRecord<String, String>> records(List<OutboxEvent> rows) {
        return rows.stream().map(this::toRecord).toList();
    }

    static boolean eachKeyOnce(List<OutboxEvent> batch) {
        return batch.stream().map(row -> row.partitionKey).distinct().count() == batch.size();
    }

    private static Collection<List<OutboxEvent>> byKey(List<OutboxEvent> batch) {
        Map<String, List<OutboxEvent>> byKey = new LinkedHashMap<>();
        batch.forEach(event -> byKey.computeIfAbsent(event.partitionKey, key -> new ArrayList<>()).add(event));
        return byKey.values();
    }

    /**
     * One transaction on the leader's own connection: marks the rows Kafka acknowledged in the previous round, then
     * reads up to {@code limit} unpublished rows in order. Marking with the next read halves the relay's
     * transactions; rows acknowledged but not yet marked when the relay stops are sent again (consumers drop repeats).
     */
    private List<OutboxEvent> markAndRead(int limit) {
        try {
            leadership.setAutoCommit(false);
            try {
                if (!acknowledged.isEmpty()) {
                    try (PreparedStatement mark = leadership.prepareStatement(
                            "update outbox_event set published_at = ? where seq = any (?)")) {
                        mark.setObject(1, OffsetDateTime.ofInstant(Instant.now(clock), ZoneOffset.UTC));
                        mark.setArray(2, leadership.createArrayOf("bigint", acknowledged.toArray()));
                        mark.executeUpdate();
                    }
                }
                List<OutboxEvent> rows = limit == 0 ? List.of() : unpublished(limit);
                leadership.commit();
                acknowledged.clear();
                return rows;
            } catch (SQLException e) {
                leadership.rollback();
                throw e;
            }
        } catch (SQLException e) {
            stepDown();
            throw new IllegalStateException("the outbox could not be read or marked", e);
        }
    }

    private List<OutboxEvent> unpublished(int limit) throws SQLException {
        try (PreparedStatement read = leadership.prepareStatement("""
                select seq, id, aggregate_type, aggregate_id, partition_key, type, payload::text, occurred_at
                from outbox_event where published_at is null order by seq limit ?""")) {
            read.setInt(1, limit);
            try (ResultSet result = read.executeQuery()) {
                List<OutboxEvent> rows = new ArrayList<>();
                while (result.next()) {
                    OutboxEvent row = new OutboxEvent();
                    row.seq = result.getLong(1);
                    row.id = result.getObject(2, UUID.class);
                    row.aggregateType = result.getString(3);
                    row.aggregateId = result.getString(4);
                    row.partitionKey = result.getString(5);
                    row.type = result.getString(6);
                    row.payload = result.getString(7);
                    row.occurredAt = result.getObject(8, OffsetDateTime.class).toInstant();
                    rows.add(row);
                }
                return rows;
            }
        }
    }

    /** Holds (or takes) the leader's session lock; false while another replica holds it. */
    private boolean leads() {
        try {
            if (leadership != null) {
                return true; // a session that died shows at its next use, which steps down
            }
            stepDown();
            Connection connection = dataSource.getConnection();
            try (PreparedStatement lock = connection.prepareStatement("select pg_try_advisory_lock(?)")) {
                lock.setLong(1, lockKey);
                try (ResultSet result = lock.executeQuery()) {
                    if (result.next() && result.getBoolean(1)) {
                        leadership = connection;
                        return true;
                    }
                }
            }
            connection.close();
            return false;
        } catch (SQLException e) {
            stepDown();
            throw new IllegalStateException("cannot reach the database to lead the outbox relay", e);
        }
    }

    private void stepDown() {
        kafka.close();
        if (leadership != null) {
            try {
                leadership.close();
            } catch (SQLException ignored) {
                // the session is gone, and its lock with it
            }
            leadership = null;
        }
    }

    private void pause() {
        try {
            Thread.sleep(pollInterval.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private ProducerRecord<String, String> toRecord(OutboxEvent event) {
        RecordHeaders headers = new RecordHeaders();
        headers.add("content-type", CloudEvent.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
        headers.add("ce_type", event.type.getBytes(StandardCharsets.UTF_8));
        return kafka.record(event.partitionKey, cloudEvent(event), headers);
    }

    private String cloudEvent(OutboxEvent event) {
        try {
            return json.writeValueAsString(new CloudEvent<>(CloudEvent.SPEC_VERSION, event.id.toString(), source, event.type,
                    event.aggregateId, event.occurredAt, "application/json", json.readTree(event.payload)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
