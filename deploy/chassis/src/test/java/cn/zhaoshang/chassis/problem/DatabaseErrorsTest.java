package cn.zhaoshang.chassis.problem;

import org.junit.jupiter.api.Test;

import java.net.ConnectException;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

class DatabaseErrorsTest {

    @Test
    void connectionFailuresAnywhereInTheCauseChainMeanTheDatabaseIsUnreachable() {
        assertThat(DatabaseErrors.isDatabaseUnreachable(new IllegalStateException(new SQLException("refused", "08001")))).isTrue();
        assertThat(DatabaseErrors.isDatabaseUnreachable(new SQLException("terminating connection", "57P01"))).isTrue();
        assertThat(DatabaseErrors.isDatabaseUnreachable(new SQLException("the database system is starting up", "57P03"))).isTrue();
        assertThat(DatabaseErrors.isDatabaseUnreachable(new RuntimeException(new ConnectException("Connection refused")))).isTrue();
        assertThat(DatabaseErrors.isDatabaseUnreachable(new org.hibernate.exception.JDBCConnectionException("no connection",
                new SQLException("closed")))).isTrue();
    }

    @Test
    void aCommitThatFailedBecauseTheServerWentAwayCountsToo() {
        Exception commit = new IllegalStateException("ARJUNA016053: Could not commit transaction.");
        commit.addSuppressed(new SQLException("An I/O error occurred while sending to the backend.", "08006"));
        assertThat(DatabaseErrors.isDatabaseUnreachable(new RuntimeException(commit))).isTrue();
    }

    @Test
    void otherFailuresAreNotMistakenForAnOutage() {
        assertThat(DatabaseErrors.isDatabaseUnreachable(new SQLException("duplicate key", "23505"))).isFalse();
        assertThat(DatabaseErrors.isDatabaseUnreachable(new SQLException("no state"))).isFalse();
        assertThat(DatabaseErrors.isDatabaseUnreachable(new IllegalArgumentException("bad"))).isFalse();
        assertThat(DatabaseErrors.isDatabaseUnreachable(null)).isFalse();
    }

    @Test
    void aNulCharacterTheDatabaseRefusesIsTheClientsInputNotAnOutage() {
        SQLException nul = new SQLException("invalid byte sequence for encoding \"UTF8\": 0x00", "22021");
        assertThat(DatabaseErrors.hasUnstorableValue(new IllegalStateException(nul))).isTrue();
        assertThat(DatabaseErrors.isDatabaseUnreachable(nul)).isFalse();
        assertThat(DatabaseErrors.hasUnstorableValue(new SQLException("duplicate key", "23505"))).isFalse();
        assertThat(DatabaseErrors.hasUnstorableValue(new RuntimeException(
                new SQLException("date out of range: \"169104628-12-09 BC\"", "22008")))).isTrue();
    }

    @Test
    void aUniqueKeyTakenByAnotherRequestIsAConflictNotAnOutage() {
        Exception commit = new IllegalStateException("could not execute statement",
                new SQLException("duplicate key value violates unique constraint \"enterprise_credit_code_key\"", "23505"));
        assertThat(DatabaseErrors.isUniqueViolation(new RuntimeException(commit))).isTrue();
        assertThat(DatabaseErrors.isDatabaseUnreachable(commit)).isFalse();
        assertThat(DatabaseErrors.isUniqueViolation(new SQLException("check constraint", "23514"))).isFalse();
    }
}
