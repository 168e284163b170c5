package cn.zhaoshang.chassis.audit;

import cn.zhaoshang.testsupport.AuditTrailChecks;
import cn.zhaoshang.testsupport.RealInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Months of the audit trail past the retention are archived whole and dropped; no row is ever deleted. */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "chassis"))
class AuditRetentionTest {

    @Inject
    DataSource dataSource;
    @Inject
    AuditRetention retention;

    @Test
    void monthsPastTheRetentionAreArchivedThenDroppedAndTheTrailStaysAppendOnly() throws Exception {
        Instant now = Instant.now();
        Instant nextMonth = YearMonth.from(now.atZone(ZoneOffset.UTC)).plusMonths(1).atDay(3).atStartOfDay(ZoneOffset.UTC).toInstant();
        insert(Instant.parse("2019-05-01T08:00:00Z"), "old.clerk");
        insert(now, "current.clerk");
        insert(nextMonth, "early.clerk");
        assertThat(partitions()).as("the entries so far, and the months ahead").hasSizeGreaterThanOrEqualTo(3);
        long entries = count("select count(*) from audit_entry");

        // a retention that has passed over everything there is: all of it archived, then every month dropped
        List<Path> archived = retention.retire(now.plusSeconds(3 * 366 * 86_400L));
        assertThat(archived).hasSizeGreaterThanOrEqualTo(3);
        List<String> lines = new ArrayList<>();
        for (Path file : archived) {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(file)),
                    StandardCharsets.UTF_8))) {
                in.lines().forEach(lines::add);
            }
        }
        assertThat(lines).hasSize((int) entries);
        assertThat(lines).anySatisfy(line -> assertThat(line).contains("\"actor\":\"old.clerk\"").contains("2019-05-01"));
        assertThat(lines).anySatisfy(line -> assertThat(line).contains("\"actor\":\"early.clerk\""));
        assertThat(partitions()).isEmpty();
        assertThat(count("select count(*) from audit_entry")).isZero();

        // the months ahead are made again, and the trail takes entries and refuses changes as before
        retention.ensureMonthsAhead(now);
        assertThat(partitions()).hasSize(3);
        insert(now, "after.clerk");
        assertThat(count("select count(*) from audit_entry where actor = 'after.clerk'")).isEqualTo(1);
        AuditTrailChecks.assertAppendOnly(dataSource);
    }

    private void insert(Instant at, String actor) throws Exception {
        try (Connection connection = dataSource.getConnection(); PreparedStatement insert = connection.prepareStatement(
                "insert into audit_entry (at, actor, roles, method, path, status) values (?, ?, 'staff', 'POST', '/api/v1/x', 201)")) {
            insert.setTimestamp(1, Timestamp.from(at));
            insert.setString(2, actor);
            insert.executeUpdate();
        }
    }

    private long count(String sql) throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement query = connection.createStatement();
             ResultSet result = query.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    private List<String> partitions() throws Exception {
        List<String> names = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); Statement query = connection.createStatement();
             ResultSet result = query.executeQuery("select inhrelid::regclass::text from pg_inherits where inhparent = 'audit_entry'::regclass")) {
            while (result.next()) {
                names.add(result.getString(1));
            }
        }
        return names;
    }
}
