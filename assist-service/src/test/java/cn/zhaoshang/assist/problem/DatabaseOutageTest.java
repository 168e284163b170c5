package cn.zhaoshang.assist.problem;

import org.junit.jupiter.api.Test;

import java.net.ConnectException;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

class DatabaseOutageTest {

    @Test
    void connectionFailuresAnywhereInTheCauseChainMeanTheDatabaseIsUnreachable() {
        assertThat(DatabaseOutage.isDatabaseUnreachable(new IllegalStateException(new SQLException("refused", "08001")))).isTrue();
        assertThat(DatabaseOutage.isDatabaseUnreachable(new SQLException("terminating connection", "57P01"))).isTrue();
        assertThat(DatabaseOutage.isDatabaseUnreachable(new SQLException("the database system is starting up", "57P03"))).isTrue();
        assertThat(DatabaseOutage.isDatabaseUnreachable(new RuntimeException(new ConnectException("Connection refused")))).isTrue();
        assertThat(DatabaseOutage.isDatabaseUnreachable(new org.hibernate.exception.JDBCConnectionException("no connection",
                new SQLException("closed")))).isTrue();
    }

    @Test
    void aCommitThatFailedBecauseTheServerWentAwayCountsToo() {
        Exception commit = new IllegalStateException("ARJUNA016053: Could not commit transaction.");
        commit.addSuppressed(new SQLException("An I/O error occurred while sending to the backend.", "08006"));
        assertThat(DatabaseOutage.isDatabaseUnreachable(new RuntimeException(commit))).isTrue();
    }

    @Test
    void otherFailuresAreNotMistakenForAnOutage() {
        assertThat(DatabaseOutage.isDatabaseUnreachable(new SQLException("duplicate key", "23505"))).isFalse();
        assertThat(DatabaseOutage.isDatabaseUnreachable(new SQLException("no state"))).isFalse();
        assertThat(DatabaseOutage.isDatabaseUnreachable(new IllegalArgumentException("bad"))).isFalse();
        assertThat(DatabaseOutage.isDatabaseUnreachable(null)).isFalse();
    }

    @Test
    void aNulCharacterTheDatabaseRefusesIsTheClientsInputNotAnOutage() {
        SQLException nul = new SQLException("invalid byte sequence for encoding \"UTF8\": 0x00", "22021");
        assertThat(UnstorableText.hasUnstorableText(new IllegalStateException(nul))).isTrue();
        assertThat(DatabaseOutage.isDatabaseUnreachable(nul)).isFalse();
        assertThat(UnstorableText.hasUnstorableText(new SQLException("duplicate key", "23505"))).isFalse();
    }
}
