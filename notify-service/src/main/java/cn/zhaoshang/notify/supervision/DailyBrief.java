package cn.zhaoshang.notify.supervision;

import cn.zhaoshang.chassis.persistence.Row;
import jakarta.persistence.Tuple;
import cn.zhaoshang.notify.inbox.Audience;
import cn.zhaoshang.notify.inbox.Draft;
import cn.zhaoshang.notify.inbox.Inbox;
import cn.zhaoshang.notify.inbox.NotificationKind;
import cn.zhaoshang.chassis.time.Clocks;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The daily brief (日通报) for each district's supervisors, on yesterday's events, once the configured time has
 * passed (default 08:30 Asia/Shanghai). Checked often rather than fired once, so a replica that was down at
 * 08:30 still sends it later; the brief's fixed source id ({@code brief:<district>:<day>}) makes sure that no
 * district gets it twice, however many replicas check.
 */
@ApplicationScoped
public class DailyBrief {

    private final Inbox inbox;
    private final EntityManager entityManager;
    private final Clock clock;
    private final LocalTime time;

    public DailyBrief(Inbox inbox, EntityManager entityManager, Clock clock, SupervisionSettings.Brief settings) {
        this.inbox = inbox;
        this.entityManager = entityManager;
        this.clock = clock;
        this.time = settings.time();
    }

    @Scheduled(every = "${notify.brief.check-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        try {
            sendDue();
        } catch (RuntimeException e) {
            Log.warnf("daily brief failed, next check retries: %s", e.toString());
        }
    }

    /** Yesterday's briefs, if today's brief time has passed. */
    public void sendDue() {
        ZonedDateTime now = clock.instant().atZone(Clocks.BUSINESS_ZONE);
        if (!now.toLocalTime().isBefore(time)) {
            send(now.toLocalDate().minusDays(1));
        }
    }

    public void send(LocalDate day) {
        List<?> districts = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                "select district from project_audience union select district from brief_fact where day = ?1 order by 1")
                .setParameter(1, Date.valueOf(day)).getResultList());
        for (Object district : districts) {
            QuarkusTransaction.requiringNew().run(() -> brief((String) district, day));
        }
    }

    private void brief(String district, LocalDate day) {
        List<BriefText.Fact> facts = facts(district, day);
        inbox.deliver(new Draft(Audience.DISTRICT_SUPERVISORS, district, NotificationKind.DAILY_BRIEF, Draft.Urgency.NORMAL,
                BriefText.title(districtName(district), day), BriefText.body(day, facts), null, null), "brief:" + district + ":" + day);
    }

    /** The brief of one district and day as it reads now: for a past day what was sent, for today the day so far. */
    @Transactional
    public BriefView compose(String district, LocalDate day) {
        List<BriefText.Fact> facts = facts(district, day);
        Map<BriefLedger.Kind, Long> counts = new EnumMap<>(BriefLedger.Kind.class);
        for (BriefLedger.Kind kind : BriefLedger.Kind.values()) {
            counts.put(kind, BriefText.count(facts, kind));
        }
        boolean sent = ((Number) entityManager.createNativeQuery("select count(*) from notification where source_event_id = ?1")
                .setParameter(1, "brief:" + district + ":" + day).getSingleResult()).longValue() > 0;
        return new BriefView(district, day, BriefText.title(districtName(district), day), BriefText.body(day, facts), counts, sent);
    }

    /** The district as people read it, from the project events that named it; its code until one has. */
    private String districtName(String district) {
        Object name = entityManager.createNativeQuery("select max(district_name) from project_audience where district = ?1")
                .setParameter(1, district).getSingleResult();
        return name == null ? district : name.toString();
    }

    private List<BriefText.Fact> facts(String district, LocalDate day) {
        return Row.all(entityManager.createNativeQuery(
                        "select kind, name, amount, ticket_id from brief_fact where district = ?1 and day = ?2 order by kind, name", Tuple.class)
                        .setParameter(1, district).setParameter(2, Date.valueOf(day))).stream()
                .map(r -> new BriefText.Fact(BriefLedger.Kind.valueOf(r.text("kind")), r.text("name"), r.decimal("amount"), r.uuid("ticket_id"))).toList();
    }
}
