package cn.zhaoshang.assist.calendar;

import cn.zhaoshang.assist.inbound.KnownProject;
import cn.zhaoshang.assist.ticket.Status;
import cn.zhaoshang.assist.ticket.Ticket;
import cn.zhaoshang.assist.ticket.TicketJournal;
import cn.zhaoshang.assist.ticket.sla.CalendarArrangement;
import cn.zhaoshang.assist.ticket.sla.OfficialCalendar;
import cn.zhaoshang.chassis.security.Caller;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Loads a year's official arrangement: checks it, stores it for every replica, and moves the open tickets' deadlines
 * it changes, each move on the ticket's timeline and sent as {@code ticket.deadlines-moved}, all in one transaction.
 */
@ApplicationScoped
@Transactional
public class CalendarService {

    private final OfficialCalendar calendar;
    private final TicketJournal journal;
    private final Caller caller;
    private final Clock clock;
    private final TransactionSynchronizationRegistry transactions;

    public CalendarService(OfficialCalendar calendar, TicketJournal journal, Caller caller, Clock clock,
                           TransactionSynchronizationRegistry transactions) {
        this.calendar = calendar;
        this.journal = journal;
        this.caller = caller;
        this.clock = clock;
        this.transactions = transactions;
    }

    /** The years with an official arrangement, and this year and the next whether or not they have one. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CalendarYearView> years() {
        OfficialCalendar.Snapshot known = calendar.current();
        int thisYear = LocalDate.now(clock.withZone(known.calendar().zone())).getYear();
        TreeSet<Integer> years = new TreeSet<>(known.years().keySet());
        years.add(thisYear);
        years.add(thisYear + 1);
        return years.stream().map(year -> view(known, year)).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CalendarYearView year(int year) {
        CalendarArrangement.requireYear(year);
        return view(calendar.current(), year);
    }

    public CalendarYearView load(int year, CalendarYearRequest request) {
        CalendarArrangement arrangement = CalendarArrangement.checked(year, request.title(), days(request.holidays()),
                days(request.workdays()));
        Instant now = Instant.now(clock);
        // first the calendar lock (deadline-setting work holds it shared, then takes ticket locks), then the tickets
        OfficialCalendar.Snapshot before = calendar.lockForLoading();
        OfficialCalendar.Snapshot after = calendar.store(before, arrangement, caller.subject(), now);
        int moved = 0;
        for (Ticket ticket : ticketsRunningInto(year, after)) {
            var change = ticket.recountDeadlines(before.calendar(), after.calendar(), arrangement.title(), now);
            if (change.isPresent()) {
                journal.record(ticket, KnownProject.findById(ticket.projectId), change.get());
                moved++;
            }
        }
        publishOnCommit(after);
        Log.infof("working calendar: %d arrangement loaded by %s (revision %d); %d open tickets' deadlines moved",
                year, caller.subject(), after.revision(), moved);
        return CalendarYearView.official(after.year(year).orElseThrow(), moved);
    }

    /** Tickets still running whose time limits reach into or past the year from before its end: under lock. */
    private static List<Ticket> ticketsRunningInto(int year, OfficialCalendar.Snapshot known) {
        Instant yearStart = LocalDate.of(year, 1, 1).atStartOfDay(known.calendar().zone()).toInstant();
        Instant yearEnd = LocalDate.of(year + 1, 1, 1).atStartOfDay(known.calendar().zone()).toInstant();
        List<Status> running = Stream.of(Status.values()).filter(s -> s.isOpen() || s == Status.RESOLVED).toList();
        return Ticket.<Ticket>find("status in ?1 and submittedAt < ?2"
                                + " and (responseDueAt >= ?3 or resolutionDueAt >= ?3 or autoCloseAt >= ?3) order by id",
                        running, yearEnd, yearStart)
                .withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    /** This replica uses the new calendar once it is committed; others catch up on their next deadline or refresh. */
    private void publishOnCommit(OfficialCalendar.Snapshot after) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == jakarta.transaction.Status.STATUS_COMMITTED) {
                    calendar.committed(after);
                }
            }
        });
    }

    private static CalendarYearView view(OfficialCalendar.Snapshot known, int year) {
        return known.year(year).map(y -> CalendarYearView.official(y, null)).orElseGet(() -> CalendarYearView.provisional(year));
    }

    private static List<CalendarArrangement.Day> days(List<CalendarYearRequest.Day> days) {
        return days.stream().map(d -> new CalendarArrangement.Day(d.date(), d.name().strip(),
                d.reason() == null || d.reason().isBlank() ? null : d.reason().strip())).toList();
    }
}
