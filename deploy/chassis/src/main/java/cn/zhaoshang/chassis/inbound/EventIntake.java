package cn.zhaoshang.chassis.inbound;

import cn.zhaoshang.contracts.CloudEvent;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
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
        CloudEvent<JsonNode> event = json.readValue(record, envelope);
        if (!ProcessedEvent.claim(event.id(), event.type(), Instant.now(clock))) {
            Log.debugf("event %s seen before, skipped", event.id());
            return false;
        }
        handler.accept(new ReceivedEvent(event, json));
        return true;
    }
}
