package cn.zhaoshang.notify.inbox;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import io.smallrye.mutiny.subscription.Cancellable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * When each live stream sends its keep-alive comment. One timer for the replica instead of one per stream: a timer
 * per stream woke a worker thread for every comment, which was most of what an idle stream cost. The streams are
 * dealt round-robin into slots, one tick of the timer per slot, so a replica's comments go out spread over the
 * interval rather than all at once (a burst of thousands of writes would hold up the notifications behind it).
 */
@ApplicationScoped
public class StreamHeartbeats {

    /** Slots are at least this far apart, so a short interval (in tests) does not tick needlessly often. */
    private static final Duration SHORTEST_TICK = Duration.ofMillis(250);
    private static final int MOST_SLOTS = 60;

    private final Duration tick;
    private final BroadcastProcessor<Long>[] slots;
    private final AtomicLong dealt = new AtomicLong();
    private final AtomicLong ticks = new AtomicLong();
    private Cancellable timer;

    @Inject
    public StreamHeartbeats(StreamSettings settings) {
        this(settings.heartbeatInterval());
    }

    @SuppressWarnings("unchecked")
    StreamHeartbeats(Duration interval) {
        int count = (int) Math.max(1, Math.min(MOST_SLOTS, interval.toMillis() / SHORTEST_TICK.toMillis()));
        this.tick = interval.dividedBy(count);
        this.slots = new BroadcastProcessor[count];
        for (int i = 0; i < count; i++) {
            slots[i] = BroadcastProcessor.create();
        }
    }

    /** A new stream's heartbeats: one each interval, in the next slot round. */
    public Multi<Long> forNewStream() {
        // dropped, not failed, when the stream is not ready for one: the next will do
        return slots[(int) (dealt.getAndIncrement() % slots.length)].onOverflow().drop();
    }

    /** One tick of the timer: the streams of its slot send their comment. */
    void beat() {
        long count = ticks.getAndIncrement();
        slots[(int) (count % slots.length)].onNext(count);
    }

    int slotCount() {
        return slots.length;
    }

    void onStart(@Observes StartupEvent started) {
        timer = Multi.createFrom().ticks().every(tick).onOverflow().drop().subscribe().with(ignored -> beat());
    }

    void onStop(@Observes ShutdownEvent stopping) {
        if (timer != null) {
            timer.cancel();
        }
    }
}
