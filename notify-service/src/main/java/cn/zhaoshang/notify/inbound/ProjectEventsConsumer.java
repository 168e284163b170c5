package cn.zhaoshang.notify.inbound;

import cn.zhaoshang.notify.inbox.Draft;
import cn.zhaoshang.notify.inbox.Inbox;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * {@code project.events} → who serves which project, and the notifications the rules ask for. Idempotent by
 * CloudEvent id (recorded in the same transaction); an unreadable record goes to the dead-letter topic.
 */
@ApplicationScoped
public class ProjectEventsConsumer {

    private final Inbox inbox;
    private final ObjectMapper json;
    private final Clock clock;

    public ProjectEventsConsumer(Inbox inbox, ObjectMapper json, Clock clock) {
        this.inbox = inbox;
        this.json = json;
        this.clock = clock;
    }

    @Incoming("project-events")
    @Blocking
    @Transactional
    public void onEvent(String record) throws IOException {
        JsonNode event = json.readTree(record);
        String id = event.path("id").asText("");
        String type = event.path("type").asText("");
        if (id.isBlank() || type.isBlank()) {
            throw new IllegalArgumentException("not a CloudEvent: no id or type");
        }
        if (ProcessedEvent.alreadyProcessed(id)) {
            Log.debugf("event %s seen before, skipped", id);
            return;
        }
        if (type.startsWith("project.")) {
            ProjectFacts facts = ProjectFacts.from(event.path("data"));
            ProjectAudience.learn(facts);
            List<Draft> drafts = NotificationRules.forProjectEvent(type, facts);
            drafts.forEach(draft -> inbox.deliver(draft, id));
        }
        ProcessedEvent.record(id, type, Instant.now(clock));
    }
}
