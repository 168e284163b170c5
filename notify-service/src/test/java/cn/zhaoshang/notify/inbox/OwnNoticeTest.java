package cn.zhaoshang.notify.inbox;

import org.junit.jupiter.api.Test;
import org.postgresql.PGNotification;
import org.postgresql.core.Notification;

import static org.assertj.core.api.Assertions.assertThat;

/** A replica looks again when another replica stored something, not when it hears the echo of its own notice. */
class OwnNoticeTest {

    private static PGNotification notice(String payload) {
        return new Notification(NewNotifications.CHANNEL, 4242, payload);
    }

    @Test
    void itsOwnNoticesAloneAreNoReasonToLook() {
        assertThat(NewNotifications.fromAnotherReplica(new PGNotification[] {notice(NewNotifications.THIS_REPLICA)})).isFalse();
        assertThat(NewNotifications.fromAnotherReplica(new PGNotification[0])).isFalse();
        assertThat(NewNotifications.fromAnotherReplica(null)).isFalse();
    }

    @Test
    void anotherReplicasNoticeAmongItsOwnIs() {
        assertThat(NewNotifications.fromAnotherReplica(new PGNotification[] {
                notice(NewNotifications.THIS_REPLICA), notice("0b6f2c1e-another-replica")})).isTrue();
    }

    @Test
    void anOlderReplicasEmptyNoticeIs() {
        assertThat(NewNotifications.fromAnotherReplica(new PGNotification[] {notice("")})).isTrue();
    }
}
