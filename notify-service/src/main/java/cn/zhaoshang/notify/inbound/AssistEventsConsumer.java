package cn.zhaoshang.notify.inbound;

import cn.zhaoshang.notify.inbox.Inbox;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** {@code assist.events} → the enterprise, the team and the supervisors hear of tickets, as the rules say. */
@ApplicationScoped
public class AssistEventsConsumer {

    private final EventIntake intake;
    private final Inbox inbox;

    public AssistEventsConsumer(EventIntake intake, Inbox inbox) {
        this.intake = intake;
        this.inbox = inbox;
    }

    @Incoming("assist-events")
    @Blocking
    @Transactional
    public void onEvent(String record) throws JsonProcessingException {
        intake.take(record, (type, event) -> {
            if (type.startsWith("ticket.")) {
                TicketFacts facts = TicketFacts.from(event.path("data"));
                NotificationRules.forTicketEvent(type, facts).forEach(draft -> inbox.deliver(draft, event.path("id").asText()));
            }
        });
    }
}
