package cn.zhaoshang.notify.inbound;

import cn.zhaoshang.chassis.inbound.EventIntake;
import cn.zhaoshang.chassis.inbound.WaitForDatabase;
import cn.zhaoshang.contracts.project.ProjectEventData;
import cn.zhaoshang.contracts.project.ProjectEventType;
import cn.zhaoshang.notify.inbox.Inbox;
import cn.zhaoshang.notify.inbox.NotificationRules;
import cn.zhaoshang.notify.supervision.BriefLedger;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.concurrent.CompletionStage;

/** {@code project.events} → who serves which project, and the notifications the rules ask for. */
@ApplicationScoped
public class ProjectEventsConsumer {

    private final EventIntake intake;
    private final Inbox inbox;
    private final BriefLedger brief;
    private final ObjectMapper json;

    public ProjectEventsConsumer(EventIntake intake, Inbox inbox, BriefLedger brief, ObjectMapper json) {
        this.intake = intake;
        this.inbox = inbox;
        this.brief = brief;
        this.json = json;
    }

    @Incoming("project-events")
    @Blocking
    @WaitForDatabase
    public CompletionStage<Void> onEvents(KafkaRecordBatch<String, String> batch) {
        return intake.takeBatch(batch, event -> ProjectEventType.fromWire(event.type()).ifPresent(type -> {
            ProjectEventData facts = event.data(ProjectEventData.class);
            ProjectAudience.learn(facts, milestones(facts));
            Object month = facts.change().get("month");
            if (type == ProjectEventType.INVESTMENT_REPORTED && month != null) {
                ProjectAudience.reported(facts.projectId(), month.toString());
            }
            Object toStage = facts.change().get("to");
            BriefLedger.Kind kind = BriefLedger.kindOf(type, toStage == null ? facts.stage() : toStage.toString());
            if (kind != null) {
                brief.noteProject(event.id(), event.time(), BriefLedger.businessDay(facts.change()), kind, facts.district(),
                        facts.projectId(), facts.name(), facts.totalInvestment());
            }
            NotificationRules.forProjectEvent(type, facts).forEach(draft -> inbox.deliver(draft, event.id()));
        }));
    }

    private String milestones(ProjectEventData facts) {
        try {
            return json.writeValueAsString(facts.milestones());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("milestones of project " + facts.projectId() + " cannot be written", e);
        }
    }
}
