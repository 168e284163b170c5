package cn.zhaoshang.notify.inbox;

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
import java.util.concurrent.atomic.AtomicLong;

/**
 * Wakes the live streams when notifications were stored, so that a stream asks the database only then (and now and
 * then to be safe) instead of every fraction of a second: at once after this replica committed them, and through
 * PostgreSQL {@code LISTEN}/{@code NOTIFY} when another replica did ({@link Inbox} notifies in the storing
 * transaction, which PostgreSQL delivers at commit). One dedicated connection per replica listens; while it is
 * reconnecting the streams' safety poll still finds everything, and each reconnect wakes them once.
 */
@ApplicationScoped
public class NewNotifications {

    /** The channel the inbox notifies on when it stored a notification. */
    static final String CHANNEL = "notification_stored";

    private final BroadcastProcessor<Long> wakeUps = BroadcastProcessor.create();
    private final AtomicLong count = new AtomicLong();
    private final String url;
    private final String user;
    private final String password;
    private volatile boolean running;
    private volatile Connection listening;

    public NewNotifications(@ConfigProperty(name = "quarkus.datasource.jdbc.url") String url,
                            @ConfigProperty(name = "quarkus.datasource.username") String user,
                            @ConfigProperty(name = "quarkus.datasource.password") String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    /** Every wake-up from now on (a counter; its value means nothing). */
    public Multi<Long> wakeUps() {
        return wakeUps;
    }

    void stored(@Observes(during = TransactionPhase.AFTER_SUCCESS) NotificationStored stored) {
        wake();
    }

    void onStart(@Observes StartupEvent started) {
        running = true;
        Thread listener = new Thread(this::listen, "notification-listener");
        listener.setDaemon(true);
        listener.start();
    }

    void onStop(@Observes ShutdownEvent stopping) {
        running = false;
        Connection connection = listening;
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // closing anyway
            }
        }
    }

    private void wake() {
        synchronized (wakeUps) {
            wakeUps.onNext(count.incrementAndGet());
        }
    }

    private void listen() {
        while (running) {
            try (Connection connection = DriverManager.getConnection(url, user, password)) {
                listening = connection;
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                PGConnection postgres = connection.unwrap(PGConnection.class);
                wake(); // whatever was stored while nobody listened
                while (running) {
                    PGNotification[] received = postgres.getNotifications(1000);
                    if (received != null && received.length > 0) {
                        wake();
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

    private static void pause() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
