package cn.zhaoshang.notify.inbound;

import cn.zhaoshang.chassis.inbound.EventIntake;
import cn.zhaoshang.chassis.inbound.ReceivedEvent;
import cn.zhaoshang.chassis.inbound.WaitForDatabase;
import cn.zhaoshang.contracts.ticket.TicketEventData;
import cn.zhaoshang.contracts.ticket.TicketEventType;
import cn.zhaoshang.notify.inbox.Inbox;
import cn.zhaoshang.notify.inbox.NotificationRules;
import cn.zhaoshang.notify.supervision.BlockingTickets;
import cn.zhaoshang.notify.supervision.BriefLedger;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;

/** {@code assist.events} → the enterprise, the team and the supervisors hear of tickets, as the rules say. */
@ApplicationScoped
public class AssistEventsConsumer {

    private final EventIntake intake;
    private final Inbox inbox;
    private final BriefLedger brief;
    private final BlockingTickets blocking;

    public AssistEventsConsumer(EventIntake intake, Inbox inbox, BriefLedger brief, BlockingTickets blocking) {
        this.intake = intake;
        this.inbox = inbox;
        this.brief = brief;
        this.blocking = blocking;
    }

    @Incoming("assist-events")
    @Blocking
    @WaitForDatabase
    public CompletionStage<Void> onEvents(KafkaRecordBatch<String, String> batch) {
        return intake.takeNewEvents(batch, events -> {
            List<Inbox.Arrival> arrivals = new ArrayList<>();
            for (ReceivedEvent event : events) {
                TicketEventType.fromWire(event.type()).ifPresent(type -> {
                    TicketEventData t = event.data(TicketEventData.class);
                    blocking.track(t.ticketId(), t.projectId(), t.title(), t.blocksMilestone(), t.open(), t.version(),
                            type == TicketEventType.SUBMITTED);
                    BriefLedger.Kind kind = BriefLedger.kindOf(type);
                    if (kind != null) {
                        brief.noteTicket(event.id(), event.time(), kind, t.district(), t.projectId(), t.ticketId(), t.title());
                    }
                    NotificationRules.forTicketEvent(type, t).forEach(draft -> arrivals.add(new Inbox.Arrival(draft, event.id())));
                });
            }
            inbox.deliverAll(arrivals);
        });
    }
}
