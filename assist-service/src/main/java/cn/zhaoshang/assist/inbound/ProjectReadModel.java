package cn.zhaoshang.assist.inbound;

import cn.zhaoshang.contracts.project.ProjectEventData;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;

/**
 * Writes {@link KnownProject} rows, from a project event or from project-service's answer alike (both arrive
 * as the event contract's {@link ProjectEventData}): the row takes the project's facts unless it already holds
 * a newer version.
 */
@ApplicationScoped
public class ProjectReadModel {

    private final ObjectMapper json;
    private final Clock clock;
    private final Event<ProjectMoved> moved;

    public ProjectReadModel(ObjectMapper json, Clock clock, Event<ProjectMoved> moved) {
        this.json = json;
        this.clock = clock;
        this.moved = moved;
    }

    /** @return the row as it stands afterwards: the one written, or a newer one already there */
    @Transactional(Transactional.TxType.MANDATORY)
    public KnownProject write(ProjectEventData facts) {
        KnownProject.lockForWriting(facts.projectId());
        KnownProject project = KnownProject.findById(facts.projectId());
        if (project != null && project.sourceVersion > facts.version()) {
            return project;
        }
        if (project == null) {
            project = new KnownProject();
            project.projectId = facts.projectId();
        }
        String previousDistrict = project.district;
        project.name = facts.name();
        project.enterpriseCode = facts.enterpriseCode();
        project.enterpriseName = facts.enterpriseName();
        project.district = facts.district();
        project.stage = facts.stage();
        project.major = facts.major();
        project.chief = facts.team().chief();
        project.leaderInCharge = facts.team().leaderInCharge();
        project.members = new ArrayList<>(facts.team().members());
        project.milestones = milestones(facts);
        project.sourceVersion = facts.version();
        project.updatedAt = Instant.now(clock);
        project.persist();
        if (previousDistrict != null && !previousDistrict.equals(project.district)) {
            moved.fire(new ProjectMoved(project.projectId, previousDistrict, project.district));
        }
        return project;
    }

    private String milestones(ProjectEventData facts) {
        try {
            return json.writeValueAsString(facts.milestones());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("milestones of project " + facts.projectId() + " cannot be written", e);
        }
    }
}
