package cn.zhaoshang.chassis.inbound;

import cn.zhaoshang.contracts.CloudEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.UncheckedIOException;
import java.time.Instant;

/** A CloudEvent taken from a topic, its data still to be read as the topic's payload type. */
public final class ReceivedEvent {

    private final CloudEvent<JsonNode> envelope;
    private final ObjectMapper json;

    ReceivedEvent(CloudEvent<JsonNode> envelope, ObjectMapper json) {
        this.envelope = envelope;
        this.json = json;
    }

    public String id() {
        return envelope.id();
    }

    public String type() {
        return envelope.type();
    }

    /** When it happened, as its producer recorded it; null if the producer sent none. */
    public Instant time() {
        return envelope.time();
    }

    /**
     * The payload as its contract type. A payload that does not fit (a required field missing, a value of the
     * wrong form) throws, which sends the record to the dead-letter topic and rolls back its handling.
     */
    public <D> D data(Class<D> type) {
        try {
            return json.treeToValue(envelope.data() == null ? json.nullNode() : envelope.data(), type);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException("event " + id() + " (" + type() + ") has data that is not a " + type.getSimpleName(), e);
        }
    }
}
