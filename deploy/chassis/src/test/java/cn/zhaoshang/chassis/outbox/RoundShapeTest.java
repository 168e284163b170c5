package cn.zhaoshang.chassis.outbox;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Which rounds need a Kafka transaction: those with more than one row of a key. */
class RoundShapeTest {

    private static List<OutboxEvent> rows(String... keys) {
        return Arrays.stream(keys).map(key -> {
            OutboxEvent row = new OutboxEvent();
            row.partitionKey = key;
            return row;
        }).toList();
    }

    @Test
    void oneRowPerKeyGoesWithoutATransaction() {
        assertThat(OutboxRelay.eachKeyOnce(rows("a"))).isTrue();
        assertThat(OutboxRelay.eachKeyOnce(rows("a", "b", "c"))).isTrue();
    }

    @Test
    void aKeyTwiceMakesTheRoundOneTransaction() {
        assertThat(OutboxRelay.eachKeyOnce(rows("a", "b", "a"))).isFalse();
        assertThat(OutboxRelay.eachKeyOnce(rows("a", "a"))).isFalse();
    }
}
