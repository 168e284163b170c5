package cn.zhaoshang.assist.inbound;

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
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Keeps {@link KnownProject} in step with {@code project.events}. Idempotent by CloudEvent id (the id is
 * recorded in the same transaction); unknown event types are skipped on purpose; an unreadable record
 * throws, which sends it to the dead-letter topic while consumption goes on.
 */
@ApplicationScoped
public class ProjectEventsConsumer {

    private final ObjectMapper json;
    private final Clock clock;

    public ProjectEventsConsumer(ObjectMapper json, Clock clock) {
        this.json = json;
        this.clock = clock;
    }

    @Incoming("project-events")
    @Blocking
    @WaitForDatabase
    @Transactional
    public void onEvent(String record) throws IOException {
        JsonNode event = json.readTree(record);
        String id = required(event, "id");
        String type = required(event, "type");
        if (ProcessedEvent.alreadyProcessed(id)) {
            Log.debugf("event %s seen before, skipped", id);
            return;
        }
        switch (type) {
            case "project.registered", "project.updated", "project.stage-changed", "project.team-assigned",
                 "project.investment-reported" -> apply(event.path("data"));
            default -> Log.debugf("event type %s is not for assist-service", type);
        }
        ProcessedEvent.record(id, type, Instant.now(clock));
    }

    private void apply(JsonNode data) {
        UUID projectId = UUID.fromString(required(data, "projectId"));
        long version = data.path("version").asLong(0);
        KnownProject.lockForWriting(projectId);
        KnownProject project = KnownProject.findById(projectId);
        if (project != null && project.sourceVersion > version) {
            return;
        }
        if (project == null) {
            project = new KnownProject();
            project.projectId = projectId;
        }
        project.name = required(data, "name");
        project.enterpriseCode = required(data, "enterpriseCode");
        project.enterpriseName = data.path("enterpriseName").asText(null);
        project.district = required(data, "district");
        project.stage = required(data, "stage");
        project.major = data.path("major").asBoolean(false);
        JsonNode team = data.path("team");
        project.chief = team.path("chief").asText(null);
        project.leaderInCharge = team.path("leaderInCharge").asText(null);
        List<String> members = new ArrayList<>();
        team.path("members").forEach(m -> members.add(m.asText()));
        project.members = members;
        project.milestones = data.path("milestones").isMissingNode() ? "{}" : data.path("milestones").toString();
        project.sourceVersion = version;
        project.updatedAt = Instant.now(clock);
        project.persist();
    }

    private static String required(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull() || value.asText().isBlank()) {
            throw new IllegalArgumentException("event lacks '" + field + "'");
        }
        return value.asText();
    }
}
