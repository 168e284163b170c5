package cn.zhaoshang.notify.supervision;

import cn.zhaoshang.chassis.persistence.Row;
import jakarta.persistence.Tuple;
import cn.zhaoshang.notify.inbox.Inbox;
import cn.zhaoshang.chassis.time.Clocks;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Asks {@link SupervisionRules} about every project that could be due a reminder and sends what is due, each
 * reminder under the source id {@code reminder:<key>}: the inbox's uniqueness makes every occurrence go out once,
 * across runs and replicas.
 */
@ApplicationScoped
public class SupervisionReminders {

    private static final TypeReference<Map<String, SupervisionRules.Dates>> MILESTONES = new TypeReference<>() {
    };

    private final Inbox inbox;
    private final EntityManager entityManager;
    private final ObjectMapper json;
    private final Clock clock;

    public SupervisionReminders(Inbox inbox, EntityManager entityManager, ObjectMapper json, Clock clock) {
        this.inbox = inbox;
        this.entityManager = entityManager;
        this.json = json;
        this.clock = clock;
    }

    @Scheduled(every = "${notify.reminders.interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        try {
            sendDue();
        } catch (RuntimeException e) {
            Log.warnf("supervision reminders failed, next run retries: %s", e.toString());
        }
    }

    @SuppressWarnings("unchecked")
    public void sendDue() {
        LocalDate today = Clocks.today(clock);
        List<Row> projects = QuarkusTransaction.requiringNew().call(() -> Row.all(entityManager.createNativeQuery("""
                select p.project_id, p.name, p.district, p.major, p.stage, cast(p.milestones as text) as milestones,
                       p.last_reported_month
                from project_audience p
                where p.stage in ('SIGNED', 'REGISTERED', 'LAND_ACQUIRED', 'CONSTRUCTION_STARTED')
                   or exists (select 1 from blocking_ticket b where b.project_id = p.project_id)""", Tuple.class)));
        for (Row r : projects) {
            SupervisionRules.Project project = new SupervisionRules.Project(r.uuid("project_id"), r.text("name"),
                    r.text("district"), r.flag("major"), r.text("stage"), milestones(r.text("milestones")),
                    r.text("last_reported_month"));
            QuarkusTransaction.requiringNew().run(() -> SupervisionRules.due(project, blocking(project.id()), today)
                    .forEach(reminder -> reminder.drafts().forEach(draft -> inbox.deliver(draft, "reminder:" + reminder.key()))));
        }
    }

    private List<SupervisionRules.BlockingTicket> blocking(UUID projectId) {
        return Row.all(entityManager.createNativeQuery(
                        "select ticket_id, title, blocks_milestone from blocking_ticket where project_id = ?1 order by ticket_id",
                        Tuple.class).setParameter(1, projectId)).stream()
                .map(r -> new SupervisionRules.BlockingTicket(r.uuid("ticket_id"), r.text("title"), r.text("blocks_milestone")))
                .toList();
    }

    private Map<String, SupervisionRules.Dates> milestones(String text) {
        try {
            return text == null ? Map.of() : json.readValue(text, MILESTONES);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored milestones cannot be read", e);
        }
    }
}
