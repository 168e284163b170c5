package cn.zhaoshang.chassis.outbox;

import cn.zhaoshang.testsupport.KafkaProbe;
import cn.zhaoshang.testsupport.RealInfrastructure;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.common.annotation.Identifier;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The relay against a real broker and database: once each, in order per key, one leader, and nothing lost while Kafka is away. */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "chassis"))
class OutboxRelayTest {

    private static final String TOPIC = "chassis.test.events";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    Outbox outbox;
    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafkaSettings;
    @Inject
    DataSource dataSource;
    @Inject
    ObjectMapper json;
    @Inject
    Clock clock;
    @Inject
    OutboxConfig config;
    @Inject
    EntityManager entityManager;

    private void write(UUID key, int n) {
        QuarkusTransaction.requiringNew().run(() -> outbox.add("test.happened", "thing", UUID.randomUUID(), key, Map.of("n", n)));
    }

    @Test
    void competingRelaysPublishEachRowOnceAndEachKeysRowsInOrder() throws Exception {
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService replicas = Executors.newFixedThreadPool(2);
        List<OutboxRelay> others = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            // another replica's relay: its own instance and its own database session competing for the lock
            OutboxRelay replica = new OutboxRelay(dataSource, json, clock, config, kafkaSettings);
            others.add(replica);
            replicas.submit(() -> {
                while (running.get()) {
                    replica.relay();
                    Thread.onSpinWait();
                }
            });
        }
        List<UUID> keys = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        try {
            for (int n = 0; n < 15; n++) {
                for (UUID key : keys) {
                    write(key, n);
                }
            }
        } finally {
            Thread.sleep(1500);
            running.set(false);
            replicas.shutdown();
            assertThat(replicas.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
            for (OutboxRelay other : others) {
                other.stop(null); // the other replicas go away, and with them any lock they hold
            }
        }

        Set<String> ours = new HashSet<>(keys.stream().map(UUID::toString).toList());
        assertThat(KafkaProbe.await(TOPIC, r -> ours.contains(r.key()), 60, Duration.ofSeconds(20))).hasSize(60);
        List<ConsumerRecord<String, String>> records = KafkaProbe.await(TOPIC, r -> ours.contains(r.key()), 61, Duration.ofSeconds(3));
        assertThat(records).as("60 rows, nothing more").hasSize(60);
        Set<String> ids = new HashSet<>();
        Map<String, List<Integer>> order = new HashMap<>();
        for (ConsumerRecord<String, String> record : records) {
            JsonNode event = JSON.readTree(record.value());
            assertThat(ids.add(event.get("id").asText())).as("published once").isTrue();
            assertThat(event.get("source").asText()).isEqualTo("/chassis-test");
            assertThat(event.get("specversion").asText()).isEqualTo("1.0");
            order.computeIfAbsent(record.key(), k -> new ArrayList<>()).add(event.at("/data/n").asInt());
        }
        order.values().forEach(ns -> assertThat(ns).hasSize(15).isSorted().doesNotHaveDuplicates());
    }

    @Test
    void whenTheLeadersSessionDiesAnotherRelayTakesOver() throws Exception {
        OutboxRelay replica = new OutboxRelay(dataSource, json, clock, config, kafkaSettings);
        assertThat(leaders()).as("the service's own relay leads").isEqualTo(1);
        terminateLeader();
        UUID key = UUID.randomUUID();
        try {
            write(key, 1);
            // whichever relay takes the lock first publishes; the replica must not send while the other leads
            await().atMost(Duration.ofSeconds(10)).until(() -> {
                replica.relay();
                return unpublished() == 0;
            });
            assertThat(leaders()).isEqualTo(1);
            assertThat(KafkaProbe.await(TOPIC, r -> r.key().equals(key.toString()), 1, Duration.ofSeconds(10))).hasSize(1);
            assertThat(KafkaProbe.await(TOPIC, r -> r.key().equals(key.toString()), 2, Duration.ofSeconds(2))).hasSize(1);
        } finally {
            replica.stop(null); // the other replica goes away; the service's own relay takes the lock again
        }
        write(UUID.randomUUID(), 2);
        await().atMost(Duration.ofSeconds(10)).until(() -> unpublished() == 0 && leaders() == 1);
    }

    @Test
    void rowsWrittenWhileKafkaIsDownWaitAndGoOutOnceWhenItReturns() {
        UUID key = UUID.randomUUID();
        RealInfrastructure.withKafkaDown(() -> {
            for (int n = 0; n < 5; n++) {
                write(key, n);
            }
            sleep(3000);
            assertThat(unpublished()).as("rows wait in the outbox while Kafka is down").isGreaterThanOrEqualTo(5);
        });
        assertThat(KafkaProbe.await(TOPIC, r -> r.key().equals(key.toString()), 5, Duration.ofSeconds(60))).hasSize(5);
        List<ConsumerRecord<String, String>> records = KafkaProbe.await(TOPIC, r -> r.key().equals(key.toString()), 6,
                Duration.ofSeconds(3));
        assertThat(records).as("each row once").hasSize(5);
        assertThat(records.stream().map(r -> readN(r.value())).toList()).containsExactly(0, 1, 2, 3, 4);
        await().atMost(Duration.ofSeconds(10)).until(() -> unpublished() == 0);
    }

    @Test
    void aRowKafkaRefusesHoldsBackItsOwnKeysLaterRowsAndNoOtherKeys() {
        UUID held = UUID.randomUUID();
        UUID free = UUID.randomUUID();
        // one commit, so the relay takes all six rows in one batch; the middle row of `held` is larger than the
        // producer's max.request.size (1 MB), which Kafka's client refuses for real
        QuarkusTransaction.requiringNew().run(() -> {
            outbox.add("test.happened", "thing", UUID.randomUUID(), held, Map.of("n", 0));
            outbox.add("test.happened", "thing", UUID.randomUUID(), held, Map.of("n", 1, "filler", "x".repeat(1_200_000)));
            outbox.add("test.happened", "thing", UUID.randomUUID(), held, Map.of("n", 2));
            for (int n = 0; n < 3; n++) {
                outbox.add("test.happened", "thing", UUID.randomUUID(), free, Map.of("n", n));
            }
        });
        assertThat(KafkaProbe.await(TOPIC, r -> r.key().equals(free.toString()), 3, Duration.ofSeconds(20))
                .stream().map(r -> readN(r.value())).toList()).as("the other key is not held up").containsExactly(0, 1, 2);
        sleep(2000); // several relay rounds, each failing on the large row
        // each round first tries all rows in one Kafka transaction, which the refused row aborts: a consumer reading
        // committed records never sees those
        assertThat(KafkaProbe.await(TOPIC, r -> r.key().equals(free.toString()), 4, Duration.ofSeconds(2)))
                .as("the aborted attempt's records are not read").hasSize(3);
        assertThat(KafkaProbe.await(TOPIC, r -> r.key().equals(held.toString()), 2, Duration.ofSeconds(2))
                .stream().map(r -> readN(r.value())).toList())
                .as("only the acknowledged prefix of the key went out; its later row waits behind the refused one")
                .containsExactly(0);
        assertThat(unpublished()).isEqualTo(2);

        // what an operator does once the cause is found: the row is made sendable; then the key goes on in order
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                        "update outbox_event set payload = '{\"n\": 1}' where partition_key = ?1 and length(payload::text) > 1000000")
                .setParameter(1, held.toString()).executeUpdate());
        assertThat(KafkaProbe.await(TOPIC, r -> r.key().equals(held.toString()), 3, Duration.ofSeconds(20))
                .stream().map(r -> readN(r.value())).toList()).containsExactly(0, 1, 2);
        await().atMost(Duration.ofSeconds(10)).until(() -> unpublished() == 0);
    }

    @Test
    void withOneRowPerKeyARefusedRowWaitsAndTheOthersGoOut() {
        UUID held = UUID.randomUUID();
        UUID free = UUID.randomUUID();
        // one commit, one row per key: the round goes out without a transaction, each key's row on its own
        QuarkusTransaction.requiringNew().run(() -> {
            outbox.add("test.happened", "thing", UUID.randomUUID(), held, Map.of("n", 0, "filler", "x".repeat(1_200_000)));
            outbox.add("test.happened", "thing", UUID.randomUUID(), free, Map.of("n", 0));
        });
        assertThat(KafkaProbe.await(TOPIC, r -> r.key().equals(free.toString()), 1, Duration.ofSeconds(20))).hasSize(1);
        sleep(1000);
        assertThat(KafkaProbe.await(TOPIC, r -> r.key().equals(free.toString()), 2, Duration.ofSeconds(2)))
                .as("sent once, though its round failed").hasSize(1);
        assertThat(unpublished()).isEqualTo(1);
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                        "update outbox_event set payload = '{\"n\": 0}' where partition_key = ?1")
                .setParameter(1, held.toString()).executeUpdate());
        assertThat(KafkaProbe.await(TOPIC, r -> r.key().equals(held.toString()), 1, Duration.ofSeconds(20))).hasSize(1);
        await().atMost(Duration.ofSeconds(10)).until(() -> unpublished() == 0);
    }

    @Test
    void aFormerLeadersProducerIsFencedOnceTheNextLeaderSent() {
        // two replicas' senders with the service's one transactional id, as a leader that lost its lock without
        // noticing yet and the replica that took over
        UUID key = UUID.randomUUID();
        try (OutboxSender former = new OutboxSender(kafkaSettings, config);
             OutboxSender next = new OutboxSender(kafkaSettings, config)) {
            assertThat(former.sendTogether(List.of(record(former, key, 0))).sent()).isTrue();
            assertThat(next.sendTogether(List.of(record(next, key, 1))).sent()).as("the new leader's producer fences the old").isTrue();
            OutboxSender.Outcome late = former.sendTogether(List.of(record(former, key, 2)));
            assertThat(late.sent()).as("the former leader can no longer publish").isFalse();
            assertThat(late.refusedARow()).isFalse();
            assertThat(next.sendTogether(List.of(record(next, key, 3))).sent()).isTrue();
        }
        assertThat(KafkaProbe.await(TOPIC, r -> r.key().equals(key.toString()), 4, Duration.ofSeconds(5))
                .stream().map(r -> readN(r.value())).toList()).containsExactly(0, 1, 3);
    }

    private static ProducerRecord<String, String> record(OutboxSender sender, UUID key, int n) {
        return sender.record(key.toString(), "{\"data\": {\"n\": " + n + "}}", List.of());
    }

    private static int readN(String value) {
        try {
            return JSON.readTree(value).at("/data/n").asInt();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private long unpublished() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) from outbox_event where published_at is null").getSingleResult()).longValue());
    }

    /** Sessions holding the relay's advisory lock (a bigint key: its high and low halves). */
    private long leaders() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                        "select count(*) from pg_locks where locktype = 'advisory' and granted"
                                + " and ((classid::bigint << 32) | objid::bigint) = ?1")
                .setParameter(1, config.lockKey()).getSingleResult()).longValue());
    }

    private void terminateLeader() {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                        "select pg_terminate_backend(pid) from pg_locks where locktype = 'advisory' and granted"
                                + " and ((classid::bigint << 32) | objid::bigint) = ?1")
                .setParameter(1, config.lockKey()).getResultList());
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
