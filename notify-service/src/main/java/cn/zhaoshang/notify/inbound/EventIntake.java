package cn.zhaoshang.notify.inbound;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.function.BiConsumer;

/**
 * What every consumer does with a record: read the CloudEvent, skip an id seen before, handle it, and record
 * the id in the same transaction. A record that is not a readable event throws, which sends it to the
 * consumer's dead-letter topic (with the reason in its headers) while consumption goes on.
 */
@ApplicationScoped
public class EventIntake {

    private final ObjectMapper json;
    private final Clock clock;

    public EventIntake(ObjectMapper json, Clock clock) {
        this.json = json;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void take(String record, BiConsumer<String, JsonNode> handler) throws JsonProcessingException {
        JsonNode event = json.readTree(record);
        String id = event.path("id").asText("");
        String type = event.path("type").asText("");
        if (id.isBlank() || type.isBlank()) {
            throw new IllegalArgumentException("not a CloudEvent: no id or type");
        }
        if (!ProcessedEvent.claim(id, type, Instant.now(clock))) {
            Log.debugf("event %s seen before, skipped", id);
            return;
        }
        handler.accept(type, event);
    }
}
