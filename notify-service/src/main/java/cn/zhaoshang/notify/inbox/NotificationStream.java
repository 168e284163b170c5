package cn.zhaoshang.notify.inbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A reader's live stream: their new notifications as Server-Sent Events with the sequence number as event id,
 * and a comment now and then so proxies keep the connection open. New notifications come from this replica's one
 * look at what was stored ({@link NewNotifications}); the stream keeps those that concern its reader. A stream that
 * is behind (it resumed with an old {@code Last-Event-ID}, or missed a look while busy) reads the database, at most
 * every {@code notify.stream.min-interval}, so a client that reconnects anywhere gets the rest in order and an idle
 * stream costs next to nothing. A stream lasts as long as the token that opened it: at its expiry a last
 * {@code token-expired} event says so and the stream ends, and the client reconnects with a fresh token and
 * {@code Last-Event-ID}.
 */
@ApplicationScoped
public class NotificationStream {

    private static final int BATCH = 100;
    /** Database reads one catching-up may take before it waits for the next look. */
    private static final int MOST_READS = 10;

    private final Inbox inbox;
    private final NewNotifications newNotifications;
    private final ObjectMapper json;
    private final StreamHeartbeats heartbeats;
    private final Duration minInterval;

    public NotificationStream(Inbox inbox, NewNotifications newNotifications, ObjectMapper json, StreamHeartbeats heartbeats,
                              StreamSettings settings) {
        this.inbox = inbox;
        this.newNotifications = newNotifications;
        this.json = json;
        this.heartbeats = heartbeats;
        this.minInterval = settings.minInterval();
    }

    /** The event a stream ends with when its token expires. */
    static final String TOKEN_EXPIRED = "token-expired";

    public Multi<OutboundSseEvent> open(Reader reader, Long lastEventId, Sse sse, Instant tokenExpiresAt) {
        AtomicLong cursor = new AtomicLong(lastEventId == null ? inbox.latestSequence() : lastEventId);
        // a stream that resumed from an earlier point catches up at once, then follows the looks. What a look brings
        // is kept or passed over right on the looking thread (no hop per stream and look); only a stream that is behind
        // reads the database, on a worker thread, and a look that comes meanwhile is dropped: the next one finds the
        // stream behind again and it reads once more
        Multi<NewNotifications.Arrivals> looks = lastEventId == null ? newNotifications.arrivals()
                : Multi.createBy().concatenating().streams(Multi.createFrom().item(NewNotifications.Arrivals.READ_YOURSELF),
                        newNotifications.arrivals());
        // the data is JSON written beforehand (once per look for what a look brings), sent as it is: as text, the
        // stream's default, without naming a media type, which would add a "content-type" field outside the SSE
        // standard to every event
        Multi<OutboundSseEvent> notifications = looks
                .onOverflow().dropPreviousItems()
                .concatMap(arrivals -> next(reader, cursor, arrivals))
                .map(event -> sse.newEventBuilder().id(Long.toString(event.sequence())).name(event.kind())
                        .data(String.class, event.json()).build());
        Multi<OutboundSseEvent> keepAlive = heartbeats.forNewStream()
                .map(tick -> sse.newEventBuilder().comment("keep-alive").build());
        Duration left = Duration.between(Instant.now(), tokenExpiresAt);
        Multi<OutboundSseEvent> live = Multi.createBy().merging().streams(notifications, keepAlive)
                .select().first(left.isNegative() ? Duration.ZERO : left);
        Multi<OutboundSseEvent> farewell = Multi.createFrom().item(() -> sse.newEventBuilder().name(TOKEN_EXPIRED)
                .data("{\"reconnect\":\"with a fresh token and Last-Event-ID\"}").build());
        return Multi.createBy().concatenating().streams(live, farewell);
    }

    /** The reader's notifications after the cursor that this look brings: from the look itself, or read. */
    private Multi<StreamEvent> next(Reader reader, AtomicLong cursor, NewNotifications.Arrivals arrivals) {
        long sentUpTo = cursor.get();
        if (!arrivals.readYourself() && sentUpTo >= arrivals.upTo()) {
            return Multi.createFrom().empty();
        }
        if (!arrivals.readYourself() && sentUpTo >= arrivals.after()) {
            List<StreamEvent> mine = arrivals.notifications().stream()
                    .filter(n -> n.carried().view().sequence() > sentUpTo
                            && reader.concerns(n.carried().audience(), n.carried().audienceKey(), n.carried().teamMembers()))
                    .map(NewNotifications.Rendered::event).toList();
            cursor.set(arrivals.upTo());
            return Multi.createFrom().iterable(mine);
        }
        return Multi.createFrom().item(() -> read(reader, cursor, arrivals).stream().map(view -> StreamEvent.of(view, json)).toList())
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                .onItem().<StreamEvent>disjoint()
                .onCompletion().call(this::pause);
    }

    /** Catching up from the database; afterwards the cursor stands at least at what the look covered. */
    private List<NotificationView> read(Reader reader, AtomicLong cursor, NewNotifications.Arrivals arrivals) {
        List<NotificationView> all = new ArrayList<>();
        for (int reads = 0; reads < MOST_READS; reads++) {
            List<NotificationView> batch = inbox.after(reader, cursor.get(), BATCH);
            all.addAll(batch);
            if (!batch.isEmpty()) {
                cursor.set(batch.get(batch.size() - 1).sequence());
            }
            if (batch.size() < BATCH) {
                // everything up to the look's end was visible to this read, and none of the rest is the reader's
                if (!arrivals.readYourself() && cursor.get() < arrivals.upTo()) {
                    cursor.set(arrivals.upTo());
                }
                break;
            }
        }
        return all;
    }

    /** The rest of minInterval before the stream reads again (none if it is zero). */
    private Uni<Void> pause() {
        return minInterval.isZero() || minInterval.isNegative() ? Uni.createFrom().voidItem()
                : Uni.createFrom().voidItem().onItem().delayIt().by(minInterval);
    }
}
