package cn.zhaoshang.chassis.outbox;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.InvalidRecordException;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringSerializer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The relay's two Kafka producers. {@link #sendTogether} sends rows in one Kafka transaction, so consumers reading
 * committed records see all of them or none, each key's in the order given: for rounds that carry several rows of one
 * key. Its transactional id is the service's, the same on every replica: a relay that takes the lead fences the
 * transactional producer of the one before (its open transaction is aborted and it can commit nothing more).
 * {@link #sendApart} sends rows of distinct keys side by side with an idempotent producer and no transaction, which
 * spares a round of one row per key the transaction's extra round trips (the common case below full speed): with one
 * row per key nothing of a key can overtake a row that failed. Not thread-safe; the relay holds it only while it leads.
 */
final class OutboxSender implements AutoCloseable {

    /** What one transaction came to: the failure is the refused row's own where Kafka refused one. */
    record Outcome(RuntimeException failure, int refusedAt) {
        static final Outcome SENT = new Outcome(null, -1);

        boolean sent() {
            return failure == null;
        }

        /** Kafka refused one of the rows for what the row is (too large, say): the others can go without it. */
        boolean refusedARow() {
            return refusedAt >= 0;
        }
    }

    private final Map<String, Object> transactionalSettings;
    private final Map<String, Object> plainSettings;
    private final String topic;
    private final Duration deliveryTimeout;
    private KafkaProducer<String, String> transactional;
    private KafkaProducer<String, String> plain;

    /**
     * @param kafka the service's {@code kafka.*} settings (servers, security); only producer settings are used
     */
    OutboxSender(Map<String, Object> kafka, OutboxConfig config) {
        Map<String, Object> settings = new HashMap<>();
        kafka.forEach((name, value) -> {
            if (ProducerConfig.configNames().contains(name)) {
                settings.put(name, value);
            }
        });
        settings.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, config.transactionalId());
        settings.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        settings.put(ProducerConfig.ACKS_CONFIG, "all");
        settings.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) config.deliveryTimeout().toMillis());
        settings.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) config.requestTimeout().toMillis());
        settings.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, config.maxBlock().toMillis());
        // the commit flushes: records wait for it (at most a second) and leave in as few requests as their partitions
        // allow, a round's records of one partition in one batch
        settings.put(ProducerConfig.LINGER_MS_CONFIG,
                (int) Math.min(1000, config.deliveryTimeout().minus(config.requestTimeout()).toMillis()));
        settings.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
        settings.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        settings.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        this.transactionalSettings = Map.copyOf(settings);
        settings.remove(ProducerConfig.TRANSACTIONAL_ID_CONFIG);
        settings.put(ProducerConfig.LINGER_MS_CONFIG, 0); // nothing to wait for: the round waits for every answer
        this.plainSettings = Map.copyOf(settings);
        this.topic = config.topic();
        this.deliveryTimeout = config.deliveryTimeout();
    }

    /**
     * Sends records of distinct keys side by side, without a transaction, and waits for each answer (Kafka gives up on
     * a record after the delivery timeout); returns each record's failure, null where Kafka took it.
     */
    List<Throwable> sendApart(List<ProducerRecord<String, String>> records) {
        if (plain == null) {
            plain = new KafkaProducer<>(plainSettings);
        }
        List<Future<RecordMetadata>> sent = new ArrayList<>(records.size());
        for (ProducerRecord<String, String> record : records) {
            try {
                sent.add(plain.send(record));
            } catch (KafkaException e) {
                sent.add(CompletableFuture.failedFuture(e));
            }
        }
        List<Throwable> failures = new ArrayList<>(records.size());
        long deadline = System.nanoTime() + deliveryTimeout.plusSeconds(1).toNanos();
        for (Future<RecordMetadata> record : sent) {
            try {
                record.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                failures.add(null);
            } catch (ExecutionException e) {
                failures.add(e.getCause());
            } catch (TimeoutException e) {
                failures.add(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failures.add(e);
            }
        }
        return failures;
    }

    /**
     * Sends the records in one transaction and commits it. On failure the transaction is aborted (none of its records
     * reaches a consumer) and the outcome says whether Kafka refused a row for itself, and which one came first.
     */
    Outcome sendTogether(List<ProducerRecord<String, String>> records) {
        KafkaProducer<String, String> kafka = open();
        List<Future<RecordMetadata>> sent = new ArrayList<>(records.size());
        try {
            kafka.beginTransaction();
            for (ProducerRecord<String, String> record : records) {
                sent.add(kafka.send(record));
            }
            kafka.commitTransaction();
            return Outcome.SENT;
        } catch (KafkaException | IllegalStateException failed) {
            abort();
            for (int i = 0; i < sent.size(); i++) {
                RuntimeException refusal = refusal(sent.get(i));
                if (refusal != null) {
                    return new Outcome(refusal, i);
                }
            }
            return new Outcome(failed, -1);
        }
    }

    ProducerRecord<String, String> record(String key, String value, Iterable<Header> headers) {
        return new ProducerRecord<>(topic, null, key, value, headers);
    }

    /**
     * The record's own failure, if Kafka refused it for what it is. Read after the abort, when every future is
     * complete; one that is not counts as not refused.
     */
    private static RuntimeException refusal(Future<RecordMetadata> sent) {
        if (sent.isDone()) {
            try {
                sent.get();
            } catch (ExecutionException e) {
                if (refusesTheRecordItself(e.getCause())) {
                    return (RuntimeException) e.getCause();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return null;
    }

    /** Failures that follow from the record (it would fail again as it is), not from the broker or the producer. */
    static boolean refusesTheRecordItself(Throwable failure) {
        return failure instanceof RecordTooLargeException || failure instanceof RecordBatchTooLargeException
                || failure instanceof InvalidRecordException || failure instanceof SerializationException;
    }

    private KafkaProducer<String, String> open() {
        if (transactional == null) {
            KafkaProducer<String, String> created = new KafkaProducer<>(transactionalSettings);
            try {
                // fences the transactional producer of any earlier leader and ends its open transaction
                created.initTransactions();
            } catch (RuntimeException e) {
                created.close(Duration.ZERO);
                throw e;
            }
            transactional = created;
        }
        return transactional;
    }

    /** Aborts the open transaction; a producer that cannot (fenced, broker away) is dropped and made anew next time. */
    private void abort() {
        try {
            transactional.abortTransaction();
        } catch (RuntimeException e) {
            closeTransactional();
        }
    }

    @Override
    public void close() {
        closeTransactional();
        if (plain != null) {
            try {
                plain.close(Duration.ZERO);
            } finally {
                plain = null;
            }
        }
    }

    private void closeTransactional() {
        if (transactional != null) {
            try {
                transactional.close(Duration.ZERO);
            } finally {
                transactional = null;
            }
        }
    }
}
