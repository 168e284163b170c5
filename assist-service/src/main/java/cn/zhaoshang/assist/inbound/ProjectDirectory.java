package cn.zhaoshang.assist.inbound;

import cn.zhaoshang.chassis.problem.ServiceUnavailable;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

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
    private final ProjectReadModel readModel;

    public ProjectDirectory(ProjectLookup lookup, ProjectReadModel readModel) {
        this.lookup = lookup;
        this.readModel = readModel;
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
        // if its event was consumed while project-service was being asked, the newer row stays
        return readModel.write(snapshot.toEventData());
    }
}
