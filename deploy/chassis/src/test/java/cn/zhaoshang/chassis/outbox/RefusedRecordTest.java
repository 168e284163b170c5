package cn.zhaoshang.chassis.outbox;

import org.apache.kafka.common.InvalidRecordException;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.ProducerFencedException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.TransactionAbortedException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which failures hold back only the record's own key, and which the whole round. */
class RefusedRecordTest {

    @Test
    void aRecordTheBrokerOrClientRefusesForWhatItIsHoldsBackOnlyItsKey() {
        assertThat(OutboxSender.refusesTheRecordItself(new RecordTooLargeException("1.2 MB"))).isTrue();
        assertThat(OutboxSender.refusesTheRecordItself(new InvalidRecordException("bad"))).isTrue();
    }

    @Test
    void troubleWithTheBrokerOrTheProducerHoldsBackTheWholeRound() {
        assertThat(OutboxSender.refusesTheRecordItself(new TimeoutException("broker away"))).isFalse();
        assertThat(OutboxSender.refusesTheRecordItself(new ProducerFencedException("new leader"))).isFalse();
        assertThat(OutboxSender.refusesTheRecordItself(new TransactionAbortedException("aborted with the rest"))).isFalse();
        assertThat(OutboxSender.refusesTheRecordItself(new KafkaException("in error state"))).isFalse();
    }
}
