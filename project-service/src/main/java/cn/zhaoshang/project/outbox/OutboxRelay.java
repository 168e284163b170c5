package cn.zhaoshang.project.outbox;

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
import jakarta.persistence.EntityManager;
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
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Publishes outbox rows to {@code project.events} as structured CloudEvents, in {@code seq} order, and marks
 * them only once Kafka acknowledged them. Only one replica publishes at a time: each round runs in a
 * transaction that first takes a PostgreSQL advisory lock, so replicas never send the same row concurrently
 * and never reorder one project's events (no SKIP LOCKED, no remembered last id). Kafka down: the round
 * fails, its transaction rolls back, the rows wait for the next round.
 */
@ApplicationScoped
public class OutboxRelay {

    /** Any constant unique among this database's advisory locks. */
    static final long LOCK_KEY = 0x70726f6a656374L; // "project"
    private static final String SOURCE = "/project-service";

    private final MutinyEmitter<String> emitter;
    private final EntityManager entityManager;
    private final ObjectMapper json;
    private final Clock clock;
    private final int batchSize;
    private final Duration ackTimeout;
    private final Duration pollInterval;
    private final Semaphore wakeUp = new Semaphore(0);
    private volatile boolean running;
    private Thread worker;

    public OutboxRelay(@Channel("project-events") MutinyEmitter<String> emitter, EntityManager entityManager,
                       ObjectMapper json, Clock clock,
                       @ConfigProperty(name = "project.outbox.batch-size", defaultValue = "200") int batchSize,
                       @ConfigProperty(name = "project.outbox.ack-timeout", defaultValue = "15s") Duration ackTimeout,
                       @ConfigProperty(name = "project.outbox.poll-interval", defaultValue = "0.5s") Duration pollInterval) {
        this.emitter = emitter;
        this.entityManager = entityManager;
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

    /** Publishes until the outbox is empty or a round fails; other replicas' rows are picked up too. */
    void relay() {
        try {
            int sent;
            do {
                sent = QuarkusTransaction.requiringNew().call(this::publishBatch);
            } while (sent == batchSize && running);
        } catch (RuntimeException e) {
            Log.warnf("outbox relay round failed, rows stay for the next round: %s", e.getMessage());
            pause();
        }
    }

    private void pause() {
        try {
            Thread.sleep(pollInterval.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One round: returns how many rows went out. */
    int publishBatch() {
        Object leader = entityManager.createNativeQuery("select pg_try_advisory_xact_lock(?1)")
                .setParameter(1, LOCK_KEY).getSingleResult();
        if (!Boolean.TRUE.equals(leader)) {
            return 0;
        }
        List<OutboxEvent> batch = OutboxEvent.unpublished(batchSize);
        if (batch.isEmpty()) {
            return 0;
        }
        List<Uni<Void>> acks = batch.stream().map(event -> emitter.sendMessage(toMessage(event))).toList();
        Uni.join().all(acks).andFailFast().await().atMost(ackTimeout);
        Instant now = Instant.now(clock);
        batch.forEach(event -> event.publishedAt = now);
        return batch.size();
    }

    private Message<String> toMessage(OutboxEvent event) {
        RecordHeaders headers = new RecordHeaders();
        headers.add("content-type", "application/cloudevents+json; charset=UTF-8".getBytes(StandardCharsets.UTF_8));
        headers.add("ce_type", event.type.getBytes(StandardCharsets.UTF_8));
        return Message.of(cloudEvent(event)).addMetadata(OutgoingKafkaRecordMetadata.<String>builder()
                .withKey(event.aggregateId)
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
