package cn.zhaoshang.notify.inbox;

import io.smallrye.mutiny.helpers.test.AssertSubscriber;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class StreamHeartbeatsTest {

    @Test
    void everyStreamBeatsOnceAnIntervalAndTheStreamsAreSpreadOverIt() {
        StreamHeartbeats heartbeats = new StreamHeartbeats(Duration.ofSeconds(15));
        int slots = heartbeats.slotCount();
        assertThat(slots).as("a tick every 250 ms").isEqualTo(60);
        List<AssertSubscriber<Long>> streams = new ArrayList<>();
        for (int i = 0; i < 3 * slots; i++) {
            streams.add(heartbeats.forNewStream().subscribe().withSubscriber(AssertSubscriber.create(Long.MAX_VALUE)));
        }

        for (int tick = 0; tick < slots; tick++) {
            heartbeats.beat();
            long beatenSoFar = streams.stream().filter(stream -> !stream.getItems().isEmpty()).count();
            assertThat(beatenSoFar).as("after tick %d, three more streams", tick).isEqualTo(3L * (tick + 1));
        }
        IntStream.range(0, slots).forEach(tick -> heartbeats.beat());

        assertThat(streams).allSatisfy(stream -> assertThat(stream.getItems()).hasSize(2));
    }

    @Test
    void aStreamNotReadyForItsBeatMissesItAndStaysOpen() {
        StreamHeartbeats heartbeats = new StreamHeartbeats(Duration.ofMillis(250));
        assertThat(heartbeats.slotCount()).isOne();
        AssertSubscriber<Long> busy = heartbeats.forNewStream().subscribe().withSubscriber(AssertSubscriber.create(0));
        AssertSubscriber<Long> ready = heartbeats.forNewStream().subscribe().withSubscriber(AssertSubscriber.create(Long.MAX_VALUE));

        heartbeats.beat();
        busy.request(1);
        heartbeats.beat();

        busy.assertNotTerminated().assertItems(1L);
        ready.assertNotTerminated().assertItems(0L, 1L);
    }

    @Test
    void aClosedStreamNoLongerBeatsAndTheOthersGoOn() {
        StreamHeartbeats heartbeats = new StreamHeartbeats(Duration.ofMillis(250));
        AssertSubscriber<Long> closed = heartbeats.forNewStream().subscribe().withSubscriber(AssertSubscriber.create(Long.MAX_VALUE));
        AssertSubscriber<Long> open = heartbeats.forNewStream().subscribe().withSubscriber(AssertSubscriber.create(Long.MAX_VALUE));

        heartbeats.beat();
        closed.cancel();
        heartbeats.beat();

        closed.assertItems(0L);
        open.assertNotTerminated().assertItems(0L, 1L);
    }
}
