package cn.zhaoshang.assist.inbound;

import cn.zhaoshang.chassis.inbound.EventIntake;
import cn.zhaoshang.chassis.inbound.WaitForDatabase;
import cn.zhaoshang.contracts.project.ProjectEventData;
import cn.zhaoshang.contracts.project.ProjectEventType;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.quarkus.logging.Log;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Keeps {@link KnownProject} in step with {@code project.events}, once per event id; types this version does
 * not know are skipped on purpose; an unreadable record goes to the dead-letter topic while consumption goes on.
 */
@ApplicationScoped
public class ProjectEventsConsumer {

    private final EventIntake intake;
    private final ProjectReadModel readModel;

    public ProjectEventsConsumer(EventIntake intake, ProjectReadModel readModel) {
        this.intake = intake;
        this.readModel = readModel;
    }

    @Incoming("project-events")
    @Blocking
    @WaitForDatabase
    @Transactional
    public void onEvent(String record) throws JsonProcessingException {
        intake.take(record, event -> {
            if (ProjectEventType.fromWire(event.type()).isPresent()) {
                readModel.write(event.data(ProjectEventData.class));
            } else {
                Log.debugf("event type %s is not for assist-service", event.type());
            }
        });
    }
}
