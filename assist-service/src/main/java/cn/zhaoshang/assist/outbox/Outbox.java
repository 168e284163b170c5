package cn.zhaoshang.assist.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/** Records an event in the caller's transaction, so it exists exactly when the change it describes does. */
@ApplicationScoped
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
     * @param ticketId  the CloudEvent subject
     * @param projectId the Kafka key: one project's events stay in order on one partition
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void add(String type, UUID ticketId, UUID projectId, Object data) {
        OutboxEvent event = new OutboxEvent();
        event.id = UUID.randomUUID();
        event.aggregateType = "ticket";
        event.aggregateId = ticketId.toString();
        event.partitionKey = projectId.toString();
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
