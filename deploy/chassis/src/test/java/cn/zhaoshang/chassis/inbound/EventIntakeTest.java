package cn.zhaoshang.chassis.inbound;

import cn.zhaoshang.testsupport.RealInfrastructure;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "chassis"))
class EventIntakeTest {

    @Inject
    EventIntake intake;

    private static String event(String id) {
        return "{\"specversion\":\"1.0\",\"id\":\"" + id + "\",\"source\":\"/test\",\"type\":\"test.happened\","
                + "\"time\":\"2026-12-01T01:30:00Z\",\"data\":{\"n\":7}}";
    }

    private boolean take(String record, Runnable duringHandling, AtomicInteger handled) throws Exception {
        return QuarkusTransaction.requiringNew().call(() -> intake.take(record, event -> {
            handled.incrementAndGet();
            duringHandling.run();
        }));
    }

    @Test
    void twoConsumersRacingForOneEventHandleItOnce() throws Exception {
        String record = event(UUID.randomUUID().toString());
        AtomicInteger handled = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService consumers = Executors.newFixedThreadPool(2);
        List<Future<Boolean>> outcomes = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Callable<Boolean> consumer = () -> {
                start.await();
                // the first to claim holds its transaction open a while: the other must wait for it, then skip
                return take(record, () -> sleep(500), handled);
            };
            outcomes.add(consumers.submit(consumer));
        }
        start.countDown();
        List<Boolean> taken = new ArrayList<>();
        for (Future<Boolean> outcome : outcomes) {
            taken.add(outcome.get());
        }
        consumers.shutdown();
        assertThat(handled).hasValue(1);
        assertThat(taken).containsExactlyInAnyOrder(true, false);
    }

    @Test
    void aHandlerThatFailsLeavesTheEventUnclaimedForTheNextDelivery() throws Exception {
        String record = event(UUID.randomUUID().toString());
        AtomicInteger handled = new AtomicInteger();
        assertThatThrownBy(() -> take(record, () -> {
            throw new IllegalStateException("handler failed");
        }, handled)).hasMessageContaining("handler failed");
        assertThat(take(record, () -> { }, handled)).isTrue();
        assertThat(handled).hasValue(2);
        assertThat(take(record, () -> { }, handled)).as("a repeat after success is skipped").isFalse();
    }

    @Test
    void theDataIsReadAsTheTopicsPayloadType() throws Exception {
        List<Object> seen = new ArrayList<>();
        QuarkusTransaction.requiringNew().call(() -> intake.take(event(UUID.randomUUID().toString()), event -> {
            seen.add(event.type());
            seen.add(event.time().toString());
            seen.add(event.data(Map.class).get("n"));
        }));
        assertThat(seen).containsExactly("test.happened", "2026-12-01T01:30:00Z", 7);
    }

    @Test
    void recordsThatAreNotEventsThrowSoTheyGoToTheDeadLetterTopic() {
        AtomicInteger handled = new AtomicInteger();
        assertThatThrownBy(() -> take("{not json", () -> { }, handled)).hasRootCauseInstanceOf(JsonProcessingException.class);
        assertThatThrownBy(() -> take("{\"type\":\"test.happened\",\"data\":{}}", () -> { }, handled))
                .hasMessageContaining("no id or type");
        assertThat(handled).hasValue(0);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
