package cn.zhaoshang.assist.outbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.interceptor.Interceptor;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import javax.sql.DataSource;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Publishes outbox rows to {@code assist.events} as structured CloudEvents, in {@code seq} order, and marks
 * them only once Kafka acknowledged them. Only one replica publishes at a time: the leader holds a PostgreSQL
 * session advisory lock on a connection of its own (if that session dies, the lock goes with it and another
 * replica takes over), so replicas never send rows concurrently and never reorder one project's events (no
 * SKIP LOCKED, no remembered last id). No transaction is open while Kafka is awaited: a round reads a batch,
 * sends it, and marks it in a second short transaction. Kafka down: the round fails, the rows wait.
 * A crash between send and mark republishes those rows; consumers drop repeats by event id.
 */
@ApplicationScoped
public class OutboxRelay {

    /** Any constant unique among this database's advisory locks. */
    static final long LOCK_KEY = 0x617373697374L; // "assist"
    private static final String SOURCE = "/assist-service";

    private final MutinyEmitter<String> emitter;
    private final DataSource dataSource;
    private final ObjectMapper json;
    private final Clock clock;
    private final int batchSize;
    private final Duration ackTimeout;
    private final Duration pollInterval;
    private final Semaphore wakeUp = new Semaphore(0);
    private volatile boolean running;
    private Thread worker;
    private Connection leadership;

    public OutboxRelay(@Channel("assist-events") MutinyEmitter<String> emitter, DataSource dataSource,
                       ObjectMapper json, Clock clock,
                       @ConfigProperty(name = "assist.outbox.batch-size", defaultValue = "200") int batchSize,
                       @ConfigProperty(name = "assist.outbox.ack-timeout", defaultValue = "60s") Duration ackTimeout,
                       @ConfigProperty(name = "assist.outbox.poll-interval", defaultValue = "0.5s") Duration pollInterval) {
        this.emitter = emitter;
        this.dataSource = dataSource;
        this.json = json;
        this.clock = clock;
        this.batchSize = batchSize;
        this.ackTimeout = ackTimeout;
        this.pollInterval = pollInterval;
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
            worker.join(ackTimeout.toMillis());
        }
        stepDown();
    }

    /** A change with events committed here: publish now rather than at the next poll. */
    void onCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) Outbox.Written written) {
        wakeUp.release();
    }

    private void loop() {
        while (running) {
            try {
                wakeUp.tryAcquire(pollInterval.toMillis(), TimeUnit.MILLISECONDS);
                wakeUp.drainPermits();
                relay();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Publishes until the outbox is empty or a round fails; rows other replicas committed are picked up too. */
    public synchronized void relay() {
        try {
            int sent;
            do {
                sent = publishBatch();
            } while (sent == batchSize);
        } catch (RuntimeException e) {
            Log.warnf("outbox relay round failed, rows stay for the next round: %s", e.getMessage());
            pause();
        }
    }

    /** One round: returns how many rows went out (0 when another replica leads). */
    int publishBatch() {
        if (!leads()) {
            return 0;
        }
        List<OutboxEvent> batch = QuarkusTransaction.requiringNew().call(() -> OutboxEvent.unpublished(batchSize));
        if (batch.isEmpty()) {
            return 0;
        }
        // Wait for every outcome, not the first failure: a row is marked only when Kafka took it, and a row
        // Kafka did take is never sent again by the next round.
        List<Uni<Boolean>> outcomes = batch.stream()
                .map(event -> emitter.sendMessage(toMessage(event)).replaceWith(true).onFailure().recoverWithItem(false))
                .toList();
        List<Boolean> acknowledged = Uni.join().all(outcomes).andFailFast().await().atMost(ackTimeout);
        List<Long> published = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            if (acknowledged.get(i)) {
                published.add(batch.get(i).seq);
            }
        }
        if (!published.isEmpty()) {
            Instant now = Instant.now(clock);
            QuarkusTransaction.requiringNew().run(() -> OutboxEvent.markPublished(published, now));
        }
        if (published.size() < batch.size()) {
            throw new IllegalStateException((batch.size() - published.size()) + " of " + batch.size()
                    + " events were not acknowledged by Kafka");
        }
        return batch.size();
    }

    /** Holds (or takes) the leader's session lock; false while another replica holds it. */
    private boolean leads() {
        try {
            if (leadership != null && leadership.isValid(2)) {
                return true;
            }
            stepDown();
            Connection connection = dataSource.getConnection();
            try (PreparedStatement lock = connection.prepareStatement("select pg_try_advisory_lock(?)")) {
                lock.setLong(1, LOCK_KEY);
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

    private Message<String> toMessage(OutboxEvent event) {
        RecordHeaders headers = new RecordHeaders();
        headers.add("content-type", "application/cloudevents+json; charset=UTF-8".getBytes(StandardCharsets.UTF_8));
        headers.add("ce_type", event.type.getBytes(StandardCharsets.UTF_8));
        return Message.of(cloudEvent(event)).addMetadata(OutgoingKafkaRecordMetadata.<String>builder()
                .withKey(event.partitionKey)
                .withHeaders(headers)
                .build());
    }

    private String cloudEvent(OutboxEvent event) {
        try {
            ObjectNode envelope = json.createObjectNode()
                    .put("specversion", "1.0")
                    .put("id", event.id.toString())
                    .put("source", SOURCE)
                    .put("type", event.type)
                    .put("subject", event.aggregateId)
                    .put("time", event.occurredAt.toString())
                    .put("datacontenttype", "application/json");
            envelope.set("data", json.readTree(event.payload));
            return json.writeValueAsString(envelope);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
