package cn.zhaoshang.notify.inbound;

import cn.zhaoshang.notify.inbox.Inbox;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** {@code project.events} → who serves which project, and the notifications the rules ask for. */
@ApplicationScoped
public class ProjectEventsConsumer {

    private final EventIntake intake;
    private final Inbox inbox;

    public ProjectEventsConsumer(EventIntake intake, Inbox inbox) {
        this.intake = intake;
        this.inbox = inbox;
    }

    @Incoming("project-events")
    @Blocking
    @Transactional
    public void onEvent(String record) throws JsonProcessingException {
        intake.take(record, (type, event) -> {
            if (type.startsWith("project.")) {
                ProjectFacts facts = ProjectFacts.from(event.path("data"));
                ProjectAudience.learn(facts);
                NotificationRules.forProjectEvent(type, facts).forEach(draft -> inbox.deliver(draft, event.path("id").asText()));
            }
        });
    }
}
