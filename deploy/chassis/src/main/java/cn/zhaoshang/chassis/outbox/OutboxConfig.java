package cn.zhaoshang.chassis.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/**
 * The outbox of a service that publishes events. The relay exists only where the build sets
 * {@code chassis.outbox.enabled=true}; it publishes to {@link #topic()} through a transactional producer of its own
 * that takes the broker and its security from the service's {@code kafka.*} settings.
 */
@ConfigMapping(prefix = "chassis.outbox")
public interface OutboxConfig {

    /** Read when the service is built: true where the service publishes events (its beans exist only then). */
    @WithDefault("false")
    boolean enabled();

    /** The topic the events go to, keyed by {@code partition_key}. */
    String topic();

    /**
     * The relay's Kafka transactional id, the same on every replica of the service (a new leader fences the producer of
     * the one before). Keep it when upgrading, as the lock key.
     */
    @WithDefault("${quarkus.application.name}-outbox-relay")
    String transactionalId();

    /** The CloudEvent {@code source} of this service's events. */
    @WithDefault("/${quarkus.application.name}")
    String source();

    /**
     * The PostgreSQL advisory lock the leading relay holds. Keep it when upgrading: old and new replicas of
     * one service must compete for the same lock.
     */
    @WithDefault("7310575183440488568")
    long lockKey();

    /** Rows read, sent and marked per round. */
    @WithDefault("200")
    int batchSize();

    /** How long the producer tries to deliver a round's records before the round fails and its rows wait. */
    @WithDefault("8s")
    Duration deliveryTimeout();

    /** How long the producer waits for one answer of the broker. */
    @WithDefault("3s")
    Duration requestTimeout();

    /** How long a step of the producer (starting, committing) may block, for instance while the broker is away. */
    @WithDefault("5s")
    Duration maxBlock();

    /** How often the relay looks for rows other replicas committed; its own commits wake it at once. */
    @WithDefault("0.5s")
    Duration pollInterval();

    /**
     * How long the relay waits after a commit woke it before it reads, when its last round ended less than this ago
     * (commits keep coming): under load one round then carries the events of many requests (one read, one send, one
     * mark) instead of one each. Adds at most this to an event's way out; a commit after a quiet spell goes at once.
     */
    @WithDefault("10ms")
    Duration linger();
}
