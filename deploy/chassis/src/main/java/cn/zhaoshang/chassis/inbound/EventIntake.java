package cn.zhaoshang.chassis.inbound;

import cn.zhaoshang.contracts.CloudEvent;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import cn.zhaoshang.chassis.problem.DatabaseErrors;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;

/**
 * What every consumer does with a record: read the CloudEvent, claim its id (a repeat, or the same event
 * handled by another replica at the same moment, is skipped), and handle it, all in the caller's transaction.
 * A record that is not a readable event throws, which sends it to the consumer's dead-letter topic (with the
 * reason in its headers) while consumption goes on.
 */
@ApplicationScoped
public class EventIntake {

    private final ObjectMapper json;
    private final Clock clock;
    private final JavaType envelope;

    public EventIntake(ObjectMapper json, Clock clock) {
        this.json = json;
        this.clock = clock;
        this.envelope = json.getTypeFactory().constructParametricType(CloudEvent.class, JsonNode.class);
    }

    /** @return false when the event was handled before, here or by another replica */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean take(String record, Consumer<ReceivedEvent> handler) throws JsonProcessingException {
        return handleAll(List.of(read(record)), events -> handler.accept(events.get(0)));
    }

    private CloudEvent<JsonNode> read(String record) throws JsonProcessingException {
        return json.readValue(record, envelope);
    }

    /** {@link #takeNewEvents} for a handler that takes one event at a time, in the batch's order. */
    public CompletionStage<Void> takeBatch(KafkaRecordBatch<String, String> batch, Consumer<ReceivedEvent> handler) {
        return takeNewEvents(batch, events -> events.forEach(handler));
    }

    /**
     * Handles a poll's records in one transaction, and acknowledges each once it committed: their ids are claimed in
     * one statement and the handler gets the events not handled before, in the batch's order (an id twice in the
     * batch, once). When one record spoils the batch, the records are handled again one transaction each, so that
     * only the record that fails on its own is refused (to the channel's dead-letter topic) and the others are kept.
     * An unreachable database is thrown, for {@link WaitForDatabase} to try the whole batch again (records handled by
     * then are skipped as repeats).
     */
    public CompletionStage<Void> takeNewEvents(KafkaRecordBatch<String, String> batch, Consumer<List<ReceivedEvent>> handler) {
        List<KafkaRecord<String, String>> records = new ArrayList<>();
        List<CloudEvent<JsonNode>> events = new ArrayList<>();
        Map<KafkaRecord<String, String>, JsonProcessingException> unreadable = new LinkedHashMap<>();
        for (KafkaRecord<String, String> record : batch.getRecords()) {
            try {
                events.add(read(record.getPayload()));
                records.add(record);
            } catch (JsonProcessingException notAnEvent) {
                unreadable.put(record, notAnEvent);
            }
        }
        // refused only once the others are settled: a batch tried again (database away) refuses nothing twice
        List<CompletionStage<Void>> outcomes = new ArrayList<>();
        try {
            QuarkusTransaction.requiringNew().run(() -> handleAll(events, handler));
            records.forEach(record -> outcomes.add(record.ack()));
            unreadable.forEach((record, reason) -> outcomes.add(record.nack(reason)));
            return settle(outcomes);
        } catch (RuntimeException spoiled) {
            if (DatabaseErrors.isDatabaseUnreachable(spoiled)) {
                throw spoiled;
            }
            Log.warnf("a batch of %d events failed (%s); handling them one by one", events.size(), spoiled.toString());
        }
        for (int i = 0; i < events.size(); i++) {
            CloudEvent<JsonNode> event = events.get(i);
            try {
                QuarkusTransaction.requiringNew().run(() -> handleAll(List.of(event), handler));
                outcomes.add(records.get(i).ack());
            } catch (RuntimeException failure) {
                if (DatabaseErrors.isDatabaseUnreachable(failure)) {
                    throw failure;
                }
                outcomes.add(records.get(i).nack(failure));
            }
        }
        unreadable.forEach((record, reason) -> outcomes.add(record.nack(reason)));
        return settle(outcomes);
    }

    /** @return false when every event was handled before, and the handler was not called */
    private boolean handleAll(List<CloudEvent<JsonNode>> events, Consumer<List<ReceivedEvent>> handler) {
        SortedMap<String, String> typesById = new TreeMap<>();
        events.forEach(event -> typesById.putIfAbsent(event.id(), event.type()));
        Set<String> claimedNow = ProcessedEvent.claimAll(typesById, Instant.now(clock));
        List<ReceivedEvent> taken = new ArrayList<>();
        for (CloudEvent<JsonNode> event : events) {
            if (claimedNow.remove(event.id())) {
                taken.add(new ReceivedEvent(event, json));
            } else {
                Log.debugf("event %s seen before, skipped", event.id());
            }
        }
        if (taken.isEmpty()) {
            return false;
        }
        handler.accept(taken);
        return true;
    }

    private static CompletionStage<Void> settle(List<CompletionStage<Void>> outcomes) {
        return CompletableFuture.allOf(outcomes.stream().map(CompletionStage::toCompletableFuture).toArray(CompletableFuture[]::new));
    }
}
