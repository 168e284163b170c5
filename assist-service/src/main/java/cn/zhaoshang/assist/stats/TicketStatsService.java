package cn.zhaoshang.assist.stats;

import cn.zhaoshang.chassis.problem.InvalidInput;
import cn.zhaoshang.chassis.security.Caller;
import cn.zhaoshang.assist.ticket.Status;
import cn.zhaoshang.assist.ticket.Ticket;
import cn.zhaoshang.chassis.time.Clocks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static cn.zhaoshang.assist.stats.StatsMaths.hours;
import static cn.zhaoshang.assist.stats.StatsMaths.mean;
import static cn.zhaoshang.assist.stats.StatsMaths.rate;

/** Counts and times per team, category or district, from the ticket rows; supervisors see their district. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class TicketStatsService {

    private static final String OPEN = Status.OPEN_SQL;
    private static final String COHORT = "t.submitted_at >= :start and t.submitted_at < :end";

    private static final String GROUPS = """
            select %1$s as key, %2$s as label,
              count(*) filter (where %4$s) as opened,
              count(*) filter (where t.resolved_at >= :start and t.resolved_at < :end) as resolved,
              count(*) filter (where %3$s) as open_now,
              count(*) filter (where %6$s) as overdue_now,
              count(*) filter (where %4$s and t.accepted_at <= t.response_due_at) as response_on_time,
              count(*) filter (where %4$s and (t.accepted_at is not null or t.response_due_at < :now)) as response_measured,
              count(*) filter (where %4$s and t.resolution_seconds is not null and not t.resolution_breached) as resolution_on_time,
              count(*) filter (where %4$s and (t.resolution_seconds is not null or t.resolution_breached
                                     or (%3$s and not t.paused and t.resolution_due_at < :now))) as resolution_measured,
              avg(t.response_seconds) filter (where %4$s) as mean_response,
              percentile_cont(0.9) within group (order by t.response_seconds) filter (where %4$s) as p90_response,
              avg(t.resolution_seconds) filter (where %4$s) as mean_resolution,
              percentile_cont(0.9) within group (order by t.resolution_seconds) filter (where %4$s) as p90_resolution,
              count(*) filter (where %4$s and t.reopen_count > 0) as reopened,
              count(*) filter (where %4$s and t.resolution_seconds is not null) as ever_resolved,
              avg(t.rating) filter (where %4$s) as satisfaction,
              count(t.rating) filter (where %4$s) as ratings
            from ticket t
            where %5$s and t.submitted_at < :end
            group by grouping sets ((%1$s, %2$s), ())
            order by 1 nulls first""";

    private static final String WAITS = """
            select w.department, count(*) as waits,
              count(*) filter (where w.ended_at is null) as open_now,
              count(*) filter (where (w.ended_at is not null and w.ended_at > w.due_at)
                                  or (w.ended_at is null and w.due_at < :now)) as overdue,
              avg(w.working_seconds) filter (where w.ended_at is not null) as mean_wait
            from ticket_wait w join ticket t on t.id = w.ticket_id
            where w.waiting_on = 'DEPARTMENT' and %s
              and ((w.started_at >= :start and w.started_at < :end) or w.ended_at is null)
            group by w.department
            order by overdue desc, waits desc, w.department""";

    private final EntityManager entityManager;
    private final Caller caller;
    private final Clock clock;

    public TicketStatsService(EntityManager entityManager, Caller caller, Clock clock) {
        this.entityManager = entityManager;
        this.caller = caller;
        this.clock = clock;
    }

    /** The statistics for the days as the query gives them: {@code to} defaults to today, {@code from} to the first of its month (Asia/Shanghai). */
    public TicketStats stats(GroupBy groupBy, String from, String to) {
        LocalDate today = Clocks.today(clock);
        LocalDate last = date("to", to, today);
        LocalDate first = date("from", from, last.withDayOfMonth(1));
        if (first.isAfter(last)) {
            throw new InvalidInput("from", "must not be after 'to'");
        }
        return stats(groupBy, first, last);
    }

    private static LocalDate date(String name, String value, LocalDate fallback) {
        if (value == null) {
            return fallback;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidInput(name, "is not a calendar date (yyyy-MM-dd)");
        }
    }

    public TicketStats stats(GroupBy groupBy, LocalDate from, LocalDate to) {
        Map<String, Object> params = new HashMap<>();
        params.put("start", from.atStartOfDay(Clocks.BUSINESS_ZONE).toInstant());
        params.put("end", to.plusDays(1).atStartOfDay(Clocks.BUSINESS_ZONE).toInstant());
        params.put("now", Instant.now(clock));
        String scope = scope(params);
        List<TicketStats.Group> groups = new ArrayList<>();
        TicketStats.Group total = null;
        for (Object row : run(GROUPS.formatted(groupBy.keyColumn, groupBy.labelColumn, OPEN, COHORT, scope, Ticket.OVERDUE), params)) {
            Object[] r = (Object[]) row;
            if (r[0] == null) {
                total = group("ALL", "合计", r);
            } else if (active(r)) {
                groups.add(group((String) r[0], groupBy.label((String) r[0], (String) r[1]), r));
            }
        }
        List<TicketStats.DepartmentWaits> waits = run(WAITS.formatted(scope), params).stream().map(row -> {
            Object[] r = (Object[]) row;
            return new TicketStats.DepartmentWaits((String) r[0], count(r[1]), count(r[2]), count(r[3]), hours((Number) r[4]));
        }).toList();
        return new TicketStats(groupBy.name().toLowerCase(), from, to, groups,
                total == null ? group("ALL", "合计", new Object[18]) : total, waits);
    }

    /** Supervisors see their own district, city-wide supervisors and admins everything, a caller without a district nothing. */
    private String scope(Map<String, Object> params) {
        if (caller.cityWide()) {
            return "true";
        }
        if (caller.district().isEmpty()) {
            return "false";
        }
        params.put("district", caller.district().get());
        return "t.district = :district";
    }

    private List<?> run(String sql, Map<String, Object> params) {
        Query query = entityManager.createNativeQuery(sql);
        params.forEach((name, value) -> {
            if (sql.contains(":" + name)) {
                query.setParameter(name, value);
            }
        });
        return query.getResultList();
    }

    private static boolean active(Object[] r) {
        return count(r[2]) + count(r[3]) + count(r[4]) > 0;
    }

    private static TicketStats.Group group(String key, String label, Object[] r) {
        return new TicketStats.Group(key, label, count(r[2]), count(r[3]), count(r[4]), count(r[5]),
                rate(count(r[6]), count(r[7])), rate(count(r[8]), count(r[9])),
                hours((Number) r[10]), hours((Number) r[11]), hours((Number) r[12]), hours((Number) r[13]),
                rate(count(r[14]), count(r[15])), mean((Number) r[16]), count(r[17]));
    }

    private static long count(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
