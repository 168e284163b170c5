package cn.zhaoshang.notify.inbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Hands newly stored notifications to this replica's live streams, so that an open stream does not ask the database
 * for them: one reader per replica looks once for everything stored since it last looked (with each team
 * notification's members) and broadcasts it, and each stream keeps what concerns its reader. It looks when told
 * something was stored — at once after this replica committed it, and through PostgreSQL {@code LISTEN}/{@code NOTIFY}
 * when another replica did ({@link Inbox} notifies in the storing transaction, which PostgreSQL delivers at commit) —
 * and every {@code notify.stream.poll-interval} to be safe. Sequence numbers become visible in order (the inbox
 * writes under one lock), so what one look carries is exactly the range between two sequence numbers; a stream that
 * missed a range, and every stream after a look that failed or found too much, reads the database itself.
 */
@ApplicationScoped
public class NewNotifications {

    /** The channel the inbox notifies on when it stored a notification. */
    static final String CHANNEL = "notification_stored";
    /**
     * What this replica writes in its notices: it has already looked after its own commits, so the echo of its own
     * notice is not a reason to look again (half of all looks, each a query, under a steady load).
     */
    static final String THIS_REPLICA = UUID.randomUUID().toString();
    /** The most one look carries; beyond it the streams read for themselves. */
    static final int MOST_CARRIED = 500;

    /** A notification as a look found it, with whom it is for. */
    record Carried(NotificationView view, Audience audience, String audienceKey, Set<String> teamMembers) {
    }

    /**
     * A carried notification with its stream event, written once per look: every stream it concerns sends that same
     * event (a thousand streams of one team otherwise write the same view a thousand times, one after another).
     */
    record Rendered(Carried carried, StreamEvent event) {
    }

    /**
     * What one look found: every notification with {@code after < sequence <= upTo}. With {@code readYourself}, the
     * look could not say (the database failed, or too much arrived): every stream reads the database.
     */
    record Arrivals(long after, long upTo, List<Rendered> notifications, boolean readYourself) {
        static final Arrivals READ_YOURSELF = new Arrivals(0, 0, List.of(), true);
    }

    private final BroadcastProcessor<Arrivals> arrivals = BroadcastProcessor.create();
    private final Semaphore somethingStored = new Semaphore(0);
    private final Inbox inbox;
    private final ObjectMapper json;
    private final Duration pollInterval;
    private final String url;
    private final String user;
    private final String password;
    private volatile boolean running;
    private volatile Connection listening;
    /** The last sequence number a look carried; only the looking thread uses it. -1 before the first look. */
    private long lookedUpTo = -1;

    public NewNotifications(Inbox inbox, ObjectMapper json, StreamSettings settings,
                            @ConfigProperty(name = "quarkus.datasource.jdbc.url") String url,
                            @ConfigProperty(name = "quarkus.datasource.username") String user,
                            @ConfigProperty(name = "quarkus.datasource.password") String password) {
        this.inbox = inbox;
        this.json = json;
        this.pollInterval = settings.pollInterval();
        this.url = url;
        this.user = user;
        this.password = password;
    }

    /** What every look from now on finds. */
    public Multi<Arrivals> arrivals() {
        return arrivals;
    }

    void stored(@Observes(during = TransactionPhase.AFTER_SUCCESS) NotificationStored stored) {
        somethingStored.release();
    }

    void onStart(@Observes StartupEvent started) {
        running = true;
        Thread listener = new Thread(this::listen, "notification-listener");
        listener.setDaemon(true);
        listener.start();
        Thread looker = new Thread(this::lookWhenTold, "notification-looker");
        looker.setDaemon(true);
        looker.start();
    }

    void onStop(@Observes ShutdownEvent stopping) {
        running = false;
        somethingStored.release();
        Connection connection = listening;
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // closing anyway
            }
        }
    }

    private void lookWhenTold() {
        while (running) {
            try {
                somethingStored.tryAcquire(pollInterval.toMillis(), TimeUnit.MILLISECONDS);
                somethingStored.drainPermits();
                if (running) {
                    look();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                Log.debugf("looking for new notifications failed; the streams read for themselves: %s", e.toString());
                lookedUpTo = -1;
                arrivals.onNext(Arrivals.READ_YOURSELF);
                pause();
            }
        }
    }

    private void look() {
        if (lookedUpTo < 0) {
            lookedUpTo = inbox.latestSequence();
            arrivals.onNext(Arrivals.READ_YOURSELF); // whatever came before this replica looked
            return;
        }
        List<Carried> found = inbox.storedAfter(lookedUpTo, MOST_CARRIED + 1);
        long after = lookedUpTo;
        if (!found.isEmpty()) {
            lookedUpTo = found.get(found.size() - 1).view().sequence();
        }
        // more than one look carries: every stream reads for itself. An empty look is passed on too: a stream that
        // fell behind catches up at the next look at the latest
        arrivals.onNext(found.size() > MOST_CARRIED ? Arrivals.READ_YOURSELF
                : new Arrivals(after, lookedUpTo,
                        found.stream().map(carried -> new Rendered(carried, StreamEvent.of(carried.view(), json))).toList(), false));
    }

    private void listen() {
        while (running) {
            try (Connection connection = DriverManager.getConnection(url, user, password)) {
                listening = connection;
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                PGConnection postgres = connection.unwrap(PGConnection.class);
                somethingStored.release(); // whatever was stored while nobody listened
                while (running) {
                    PGNotification[] received = postgres.getNotifications(1000);
                    if (fromAnotherReplica(received)) {
                        somethingStored.release();
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    Log.debugf("notification listener reconnecting: %s", e.toString());
                    pause();
                }
            } finally {
                listening = null;
            }
        }
    }

    /** Whether any of these notices came from another replica (an older one sends an empty payload). */
    static boolean fromAnotherReplica(PGNotification[] received) {
        if (received == null) {
            return false;
        }
        for (PGNotification notice : received) {
            if (!THIS_REPLICA.equals(notice.getParameter())) {
                return true;
            }
        }
        return false;
    }

    private static void pause() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
