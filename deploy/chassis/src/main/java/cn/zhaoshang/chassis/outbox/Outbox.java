package cn.zhaoshang.chassis.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/** Records an event in the caller's transaction, so it exists exactly when the change it describes does. */
@ApplicationScoped
@IfBuildProperty(name = "chassis.outbox.enabled", stringValue = "true")
public class Outbox {

    private final ObjectMapper json;
    private final Clock clock;
    private final Event<Written> written;

    public Outbox(ObjectMapper json, Clock clock, Event<Written> written) {
        this.json = json;
        this.clock = clock;
        this.written = written;
    }

    /** Fired with each row; the relay hears it once the transaction has committed. */
    public record Written(String type) {
    }

    /**
     * @param type          the CloudEvent type, e.g. {@code ticket.accepted}
     * @param aggregateType what the event is about, e.g. {@code ticket}
     * @param subject       the CloudEvent subject: the id of the project or ticket it is about
     * @param partitionKey  the Kafka key: the project id, so that one project's events stay in order on one partition
     * @param data          the payload, written as JSON
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void add(String type, String aggregateType, UUID subject, UUID partitionKey, Object data) {
        OutboxEvent event = new OutboxEvent();
        event.id = UUID.randomUUID();
        event.aggregateType = aggregateType;
        event.aggregateId = subject.toString();
        event.partitionKey = partitionKey.toString();
        event.type = type;
        event.occurredAt = Instant.now(clock);
        try {
            event.payload = json.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("event data for " + type + " cannot be written as JSON", e);
        }
        event.persist();
        written.fire(new Written(type));
    }
}
