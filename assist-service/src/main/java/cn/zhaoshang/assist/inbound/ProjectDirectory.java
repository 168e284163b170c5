package cn.zhaoshang.assist.inbound;

import cn.zhaoshang.assist.problem.ServiceUnavailable;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The projects the assist desk knows: the read model fed by {@code project.events}, and for a project
 * whose events have not arrived yet, project-service itself (the answer is kept in the read model, under
 * the project's version, so later events still apply in order).
 */
@ApplicationScoped
public class ProjectDirectory {

    private final ProjectLookup lookup;
    private final ObjectMapper json;
    private final Clock clock;

    public ProjectDirectory(ProjectLookup lookup, ObjectMapper json, Clock clock) {
        this.lookup = lookup;
        this.json = json;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<KnownProject> find(UUID projectId) {
        KnownProject known = KnownProject.findById(projectId);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<ProjectSnapshot> fetched;
        try {
            fetched = lookup.find(projectId);
        } catch (RuntimeException e) {
            Log.warnf("project-service could not be asked about project %s: %s", projectId, e.toString());
            throw new ServiceUnavailable("project " + projectId + " is not known here yet and project-service"
                    + " cannot be reached to check it; try again shortly", e);
        }
        return fetched.map(this::remember);
    }

    private KnownProject remember(ProjectSnapshot snapshot) {
        KnownProject.lockForWriting(snapshot.id());
        KnownProject arrived = KnownProject.findById(snapshot.id());
        if (arrived != null) {
            return arrived; // its event was consumed while project-service was being asked
        }
        KnownProject project = new KnownProject();
        project.projectId = snapshot.id();
        project.name = snapshot.name();
        project.enterpriseCode = snapshot.enterprise().creditCode();
        project.enterpriseName = snapshot.enterprise().name();
        project.district = snapshot.district();
        project.stage = snapshot.stage();
        project.major = snapshot.major();
        if (snapshot.team() != null) {
            project.chief = snapshot.team().chief();
            project.leaderInCharge = snapshot.team().leaderInCharge();
            project.members = snapshot.team().members() == null ? new ArrayList<>() : new ArrayList<>(snapshot.team().members());
        }
        project.milestones = milestones(snapshot);
        project.sourceVersion = snapshot.version();
        project.updatedAt = Instant.now(clock);
        project.persist();
        return project;
    }

    /** The same shape the project events carry: {"CONSTRUCTION_STARTED": {"plannedOn": …, "actualOn": …}}. */
    private String milestones(ProjectSnapshot snapshot) {
        Map<String, Map<String, String>> byStage = new LinkedHashMap<>();
        if (snapshot.milestones() != null) {
            snapshot.milestones().forEach(m -> {
                Map<String, String> dates = new LinkedHashMap<>();
                dates.put("plannedOn", m.plannedOn() == null ? null : m.plannedOn().toString());
                dates.put("actualOn", m.actualOn() == null ? null : m.actualOn().toString());
                byStage.put(m.stage(), dates);
            });
        }
        try {
            return json.writeValueAsString(byStage);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("milestones of project " + snapshot.id() + " cannot be written", e);
        }
    }
}
