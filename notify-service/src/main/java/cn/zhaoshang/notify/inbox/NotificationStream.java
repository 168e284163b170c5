package cn.zhaoshang.notify.inbox;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A reader's live stream: their new notifications as Server-Sent Events with the sequence number as event id,
 * and a comment now and then so proxies keep the connection open. The stream reads the database, not this
 * replica's memory, so a client that reconnects anywhere with {@code Last-Event-ID} gets the rest in order; it reads
 * when {@link NewNotifications} wakes it (not on a timer), so an idle stream costs next to nothing.
 * A stream lasts as long as the token that opened it: at its expiry a last {@code token-expired} event says
 * so and the stream ends, and the client reconnects with a fresh token and {@code Last-Event-ID}.
 */
@ApplicationScoped
public class NotificationStream {

    private static final int BATCH = 100;

    private final Inbox inbox;
    private final NewNotifications newNotifications;
    private final Duration pollInterval;
    private final Duration minInterval;
    private final Duration heartbeatInterval;

    public NotificationStream(Inbox inbox, NewNotifications newNotifications, StreamSettings settings) {
        this.inbox = inbox;
        this.newNotifications = newNotifications;
        this.pollInterval = settings.pollInterval();
        this.minInterval = settings.minInterval();
        this.heartbeatInterval = settings.heartbeatInterval();
    }

    /** The event a stream ends with when its token expires. */
    static final String TOKEN_EXPIRED = "token-expired";

    public Multi<OutboundSseEvent> open(Reader reader, Long lastEventId, Sse sse, Instant tokenExpiresAt) {
        AtomicLong cursor = new AtomicLong(lastEventId == null ? inbox.latestSequence() : lastEventId);
        // the stream asks the database when woken (something was stored), now and then to be safe, and never more
        // often than minInterval; wake-ups meanwhile fold into one, so nothing stored is left unasked for
        Multi<Long> asks = Multi.createBy().merging().streams(newNotifications.wakeUps(),
                Multi.createFrom().ticks().every(pollInterval));
        Multi<OutboundSseEvent> notifications = asks
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .onOverflow().dropPreviousItems()
                .concatMap(ask -> Multi.createFrom().iterable(next(reader, cursor)).onCompletion().call(this::pause))
                .map(view -> sse.newEventBuilder().id(Long.toString(view.sequence())).name(view.kind())
                        .mediaType(MediaType.APPLICATION_JSON_TYPE).data(NotificationView.class, view).build());
        Multi<OutboundSseEvent> heartbeats = Multi.createFrom().ticks().every(heartbeatInterval)
                .onOverflow().drop()
                .map(tick -> sse.newEventBuilder().comment("keep-alive").build());
        Duration left = Duration.between(Instant.now(), tokenExpiresAt);
        Multi<OutboundSseEvent> live = Multi.createBy().merging().streams(notifications, heartbeats)
                .select().first(left.isNegative() ? Duration.ZERO : left);
        Multi<OutboundSseEvent> farewell = Multi.createFrom().item(() -> sse.newEventBuilder().name(TOKEN_EXPIRED)
                .data("{\"reconnect\":\"with a fresh token and Last-Event-ID\"}").build());
        return Multi.createBy().concatenating().streams(live, farewell);
    }

    /** The rest of minInterval before the stream reads again (none if it is zero). */
    private Uni<Void> pause() {
        return minInterval.isZero() || minInterval.isNegative() ? Uni.createFrom().voidItem()
                : Uni.createFrom().voidItem().onItem().delayIt().by(minInterval);
    }

    private List<NotificationView> next(Reader reader, AtomicLong cursor) {
        List<NotificationView> batch = inbox.after(reader, cursor.get(), BATCH);
        if (!batch.isEmpty()) {
            cursor.set(batch.get(batch.size() - 1).sequence());
        }
        return batch;
    }
}
