package cn.zhaoshang.assist.ticket.sla;

import cn.zhaoshang.chassis.persistence.Row;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The working calendar every replica uses: the shipped (and configured) years' files, with the arrangements admins
 * loaded into the database on top. Readers take {@link #current()}; work that sets deadlines takes
 * {@link #forDeadlines()} inside its transaction, which waits for a load in progress and then uses the newest
 * revision, so no replica sets a deadline on a calendar older than one already committed.
 */
@ApplicationScoped
public class OfficialCalendar {

    /** Held shared by work that sets deadlines, exclusively by a load; the number is this lock's own. */
    public static final long LOCK_KEY = 7_265_104_911_320_017L;

    /** The calendar at one revision of the {@code calendar_year} table (0: the files alone). */
    public record Snapshot(long revision, WorkingCalendar calendar, Map<Integer, Year> years) {

        public Optional<Year> year(int year) {
            return Optional.ofNullable(years.get(year));
        }
    }

    /** A year's official arrangement and where it came from: loaded by an admin, or shipped (loadedBy null). */
    public record Year(CalendarArrangement arrangement, String loadedBy, Instant loadedAt) {
    }

    private final EntityManager entityManager;
    private final Snapshot seed;
    private final AtomicReference<Snapshot> current;

    public OfficialCalendar(CalendarSettings settings, EntityManager entityManager) {
        this.entityManager = entityManager;
        Map<Integer, CalendarArrangement> files = CalendarData.load(settings.extraDir().filter(d -> !d.isBlank()).map(Path::of).orElse(null));
        Map<Integer, Year> years = new TreeMap<>();
        files.forEach((year, arrangement) -> years.put(year, new Year(arrangement, null, null)));
        // revision -1: the database not read yet
        this.seed = new Snapshot(-1, new WorkingCalendar(settings.zone(), WorkingPeriods.parse(settings.periods()),
                CalendarData.days(files)), Map.copyOf(years));
        this.current = new AtomicReference<>(seed);
    }

    /** The newest calendar this replica knows; read from the database the first time. */
    public Snapshot current() {
        Snapshot snapshot = current.get();
        if (snapshot.revision() < 0) {
            try {
                return QuarkusTransaction.joiningExisting().call(this::reload);
            } catch (RuntimeException e) {
                Log.warnf("working calendar: loaded years not read (%s); using the shipped years until they are", e.toString());
            }
        }
        return current.get();
    }

    /**
     * The calendar to set deadlines on, in the caller's transaction: waits while a year is being loaded, then reads
     * the revision (one round trip) and catches up if another replica loaded one. Call it before locking tickets, as the
     * load does, so the two never wait on each other.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public SlaClock forDeadlines() {
        // waits for the shared lock, then reads the revision in a statement of its own, which under READ COMMITTED
        // sees what a load committed while this one waited (V11__calendar_revision_for_deadlines.sql)
        long revision = ((Number) entityManager.createNativeQuery("select calendar_revision_for_deadlines(:key)")
                .setParameter("key", LOCK_KEY).getSingleResult()).longValue();
        Snapshot snapshot = current.get();
        return new SlaClock(snapshot.revision() == revision ? snapshot.calendar() : reload().calendar());
    }

    /**
     * For a load: waits for work setting deadlines to finish and holds it off until the caller's transaction ends;
     * returns the calendar as committed so far, which the load then changes.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Snapshot lockForLoading() {
        entityManager.createNativeQuery("select pg_advisory_xact_lock(:key)").setParameter("key", LOCK_KEY).getSingleResult();
        return reload();
    }

    /** Other replicas' loads reach readers here too, even where no deadline is set for a while. */
    @Scheduled(every = "${assist.calendar.refresh-interval}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refresh() {
        try {
            QuarkusTransaction.requiringNew().call(this::reload);
        } catch (RuntimeException e) {
            Log.warnf("working calendar: refresh failed (%s); the next one tries again", e.toString());
        }
    }

    /** Publishes a calendar the caller just committed, so this replica does not wait for the refresh. */
    public void committed(Snapshot snapshot) {
        current.accumulateAndGet(snapshot, (held, offered) -> offered.revision() > held.revision() ? offered : held);
    }

    /** Reads the loaded years (two queries) and keeps the result unless a newer one is already held. */
    private Snapshot reload() {
        List<Row> years = Row.all(entityManager.createNativeQuery(
                "select year, title, loaded_by, loaded_at, revision from calendar_year order by year", Tuple.class));
        List<Row> days = Row.all(entityManager.createNativeQuery(
                "select year, day, kind, name, reason from calendar_day order by day", Tuple.class));
        Map<Integer, List<CalendarArrangement.Day>> holidays = new HashMap<>();
        Map<Integer, List<CalendarArrangement.Day>> workdays = new HashMap<>();
        for (Row day : days) {
            CalendarArrangement.Day entry = new CalendarArrangement.Day(day.date("day"), day.text("name"), day.text("reason"));
            (WorkingCalendar.DayKind.valueOf(day.text("kind")) == WorkingCalendar.DayKind.HOLIDAY ? holidays : workdays)
                    .computeIfAbsent(day.integer("year"), y -> new ArrayList<>()).add(entry);
        }
        WorkingCalendar calendar = seed.calendar();
        Map<Integer, Year> known = new TreeMap<>(seed.years());
        long revision = 0;
        for (Row year : years) {
            int number = year.integer("year");
            CalendarArrangement arrangement = new CalendarArrangement(number, year.text("title"),
                    holidays.getOrDefault(number, List.of()), workdays.getOrDefault(number, List.of()));
            calendar = calendar.withOfficialYear(arrangement);
            known.put(number, new Year(arrangement, year.text("loaded_by"), year.instant("loaded_at")));
            revision = Math.max(revision, year.number("revision"));
        }
        Snapshot read = new Snapshot(revision, calendar, Map.copyOf(known));
        committed(read);
        return read;
    }

    /** Stores a checked arrangement as its year's, in the caller's transaction; returns the calendar with it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Snapshot store(Snapshot before, CalendarArrangement arrangement, String loadedBy, Instant now) {
        entityManager.createNativeQuery("delete from calendar_year where year = :year")
                .setParameter("year", arrangement.year()).executeUpdate();
        long revision = ((Number) entityManager.createNativeQuery("""
                        insert into calendar_year (year, title, loaded_by, loaded_at, revision)
                        values (:year, :title, :by, :at, nextval('calendar_revision')) returning revision""")
                .setParameter("year", arrangement.year()).setParameter("title", arrangement.title())
                .setParameter("by", loadedBy).setParameter("at", now).getSingleResult()).longValue();
        insertDays(arrangement.year(), arrangement.holidays(), WorkingCalendar.DayKind.HOLIDAY);
        insertDays(arrangement.year(), arrangement.workdays(), WorkingCalendar.DayKind.WORKDAY);
        Map<Integer, Year> years = new TreeMap<>(before.years());
        years.put(arrangement.year(), new Year(arrangement, loadedBy, now));
        return new Snapshot(revision, before.calendar().withOfficialYear(arrangement), Map.copyOf(years));
    }

    private void insertDays(int year, List<CalendarArrangement.Day> days, WorkingCalendar.DayKind kind) {
        for (CalendarArrangement.Day day : days) {
            entityManager.createNativeQuery("""
                            insert into calendar_day (day, year, kind, name, reason) values (:day, :year, :kind, :name, :reason)""")
                    .setParameter("day", day.date()).setParameter("year", year).setParameter("kind", kind.name())
                    .setParameter("name", day.name()).setParameter("reason", day.reason()).executeUpdate();
        }
    }

    /** Working seconds in a full working day: the configured periods, the same in every year. */
    public long secondsPerWorkingDay() {
        return seed.calendar().secondsPerWorkingDay();
    }
}
