package cn.zhaoshang.chassis.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/**
 * The outbox of a service that publishes events. The relay exists only where the build sets
 * {@code chassis.outbox.enabled=true}; its Kafka channel is {@code outbox} (configure its topic and
 * serialisers under {@code mp.messaging.outgoing.outbox.*}).
 */
@ConfigMapping(prefix = "chassis.outbox")
public interface OutboxConfig {

    /** Read when the service is built: true where the service publishes events (its beans exist only then). */
    @WithDefault("false")
    boolean enabled();

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

    /** How long a round waits for Kafka's acknowledgements before the rows are left for the next round. */
    @WithDefault("60s")
    Duration ackTimeout();

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
