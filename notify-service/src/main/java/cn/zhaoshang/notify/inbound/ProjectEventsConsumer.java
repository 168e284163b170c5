package cn.zhaoshang.notify.inbound;

import cn.zhaoshang.notify.inbox.Inbox;
import cn.zhaoshang.notify.supervision.BriefLedger;
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
    private final BriefLedger brief;

    public ProjectEventsConsumer(EventIntake intake, Inbox inbox, BriefLedger brief) {
        this.intake = intake;
        this.inbox = inbox;
        this.brief = brief;
    }

    @Incoming("project-events")
    @Blocking
    @WaitForDatabase
    @Transactional
    public void onEvent(String record) throws JsonProcessingException {
        intake.take(record, (type, event) -> {
            if (type.startsWith("project.")) {
                String id = event.path("id").asText();
                ProjectFacts facts = ProjectFacts.from(event.path("data"));
                ProjectAudience.learn(facts);
                if (type.equals("project.investment-reported") && facts.change().hasNonNull("month")) {
                    ProjectAudience.reported(facts.projectId(), facts.change().get("month").asText());
                }
                BriefLedger.Kind kind = BriefLedger.kindOf(type, facts.change().path("to").asText(facts.stage()));
                if (kind != null) {
                    brief.note(id, event.path("time").asText(null), kind, facts.district(), facts.projectId(), facts.name(),
                            facts.totalInvestment());
                }
                NotificationRules.forProjectEvent(type, facts).forEach(draft -> inbox.deliver(draft, id));
            }
        });
    }
}
