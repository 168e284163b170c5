package cn.zhaoshang.chassis.audit;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.config.ConfigMapping;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.sql.DataSource;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;

/**
 * The audit trail's months (UTC) as partitions: the coming ones are created ahead, and with a retention set, every
 * month that has passed out of it is archived to a gzip'd JSON-lines file and then dropped as a whole. Rows are never
 * updated or deleted, so the table's append-only triggers stay as they are. Replicas take turns through an
 * advisory lock; a month whose archive cannot be written completely stays where it is.
 */
@ApplicationScoped
public class AuditRetention {

    @ConfigMapping(prefix = "chassis.audit")
    public interface Settings {
        /** Whole months kept besides the current one; older months are archived, then dropped. Unset: kept for ever. */
        Optional<Integer> retentionMonths();

        /** Where archived months are written (one file per month, under the service's name). Needed with a retention. */
        Optional<Path> archiveDirectory();
    }

    /** pg_advisory_xact_lock key of audit maintenance; any constant shared by the replicas of one service. */
    private static final long LOCK = 83_117_524_001L;
    private static final String PARTITIONS = """
            select c.relname,
                   substring(pg_get_expr(c.relpartbound, c.oid) from 'TO \\(''([^'']+)''\\)')::timestamptz as upper_bound
            from pg_inherits i join pg_class c on c.oid = i.inhrelid
            where i.inhparent = 'audit_entry'::regclass order by 2""";

    private final DataSource dataSource;
    private final Settings settings;
    private final String application;
    /** Where this replica last saw the partitions end: an entry before it needs no look at the catalogue. */
    private volatile Instant partitionedUntil = Instant.MIN;

    public AuditRetention(DataSource dataSource, Settings settings, @ConfigProperty(name = "quarkus.application.name") String application) {
        if (settings.retentionMonths().isPresent() && settings.archiveDirectory().isEmpty()) {
            throw new IllegalStateException("chassis.audit.retention-months is set but chassis.audit.archive-directory is not:"
                    + " months are archived before they are dropped");
        }
        this.dataSource = dataSource;
        this.settings = settings;
        this.application = application;
    }

    void onStart(@Observes StartupEvent started) {
        maintain();
    }

    @Scheduled(every = "6h", delayed = "1h", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void maintain() {
        try {
            Instant now = Instant.now();
            ensureMonthsAhead(now);
            if (settings.retentionMonths().isPresent()) {
                retire(YearMonth.from(now.atZone(ZoneOffset.UTC)).minusMonths(settings.retentionMonths().get())
                        .atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant());
            }
        } catch (SQLException | IOException | RuntimeException e) {
            Log.errorf("audit trail maintenance failed, the next run tries again: %s", e.toString());
        }
    }

    /**
     * Makes sure an entry at {@code at} has a partition to go to; asks the database only when {@code at} is past the
     * known end. Outside the caller's transaction: DDL on a connection of its own, committed before the entry is written.
     */
    public void ensurePartitionFor(Instant at) {
        if (!at.isBefore(partitionedUntil)) {
            QuarkusTransaction.suspendingExisting().call(() -> {
                ensureMonthsAhead(at);
                return null;
            });
        }
    }

    /** Partitions from the end of the last one (or this month) up to two months after {@code now}'s. */
    public void ensureMonthsAhead(Instant now) throws SQLException {
        YearMonth last = YearMonth.from(now.atZone(ZoneOffset.UTC)).plusMonths(2);
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            lock(connection);
            List<Partition> partitions = partitions(connection);
            YearMonth next = partitions.isEmpty() ? YearMonth.from(now.atZone(ZoneOffset.UTC))
                    : YearMonth.from(partitions.get(partitions.size() - 1).upperBound().atZone(ZoneOffset.UTC));
            for (YearMonth month = next; !month.isAfter(last); month = month.plusMonths(1)) {
                try (PreparedStatement add = connection.prepareStatement("select audit_entry_add_month(?)")) {
                    add.setObject(1, month.atDay(1));
                    add.execute();
                }
            }
            connection.commit();
            partitionedUntil = last.plusMonths(1).atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        }
    }

    /** Archives, then drops, every partition that ends on or before {@code cutoff}; returns the archive files. */
    public List<Path> retire(Instant cutoff) throws SQLException, IOException {
        Path directory = settings.archiveDirectory().orElseThrow().resolve(application);
        Files.createDirectories(directory);
        List<Path> archived = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            lock(connection);
            for (Partition partition : partitions(connection)) {
                if (partition.upperBound() != null && !partition.upperBound().isAfter(cutoff)) {
                    archived.add(archiveAndDrop(connection, partition, directory));
                }
            }
            connection.commit();
        }
        if (!archived.isEmpty()) {
            partitionedUntil = Instant.MIN; // only past months are dropped in service; a retirement this wide asks again
        }
        return archived;
    }

    private Path archiveAndDrop(Connection connection, Partition partition, Path directory) throws SQLException, IOException {
        if (!partition.name().matches("audit_entry_[a-z0-9_]+")) {
            throw new IllegalStateException("unexpected partition " + partition.name());
        }
        Path file = directory.resolve(partition.name() + ".jsonl.gz");
        Path part = directory.resolve(partition.name() + ".jsonl.gz.part");
        long written = 0;
        try (Statement rows = connection.createStatement()) {
            rows.setFetchSize(1000);
            try (ResultSet result = rows.executeQuery("select row_to_json(a)::text from " + partition.name() + " a order by a.id");
                 BufferedWriter out = new BufferedWriter(new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(part)),
                         StandardCharsets.UTF_8))) {
                while (result.next()) {
                    out.write(result.getString(1));
                    out.write('\n');
                    written++;
                }
            }
        }
        long held;
        try (Statement count = connection.createStatement();
             ResultSet result = count.executeQuery("select count(*) from " + partition.name())) {
            result.next();
            held = result.getLong(1);
        }
        if (held != written) {
            throw new IllegalStateException(partition.name() + ": " + written + " rows archived but " + held + " held; not dropped");
        }
        Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        try (Statement drop = connection.createStatement()) {
            drop.execute("drop table " + partition.name());
        }
        Log.infof("audit trail: %s (%d entries, up to %s) archived to %s and dropped", partition.name(), written,
                partition.upperBound(), file);
        return file;
    }

    private static void lock(Connection connection) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("select pg_advisory_xact_lock(?)")) {
            lock.setLong(1, LOCK);
            lock.execute();
        }
    }

    private static List<Partition> partitions(Connection connection) throws SQLException {
        List<Partition> partitions = new ArrayList<>();
        try (Statement query = connection.createStatement(); ResultSet result = query.executeQuery(PARTITIONS)) {
            while (result.next()) {
                java.sql.Timestamp upper = result.getTimestamp(2);
                partitions.add(new Partition(result.getString(1), upper == null ? null : upper.toInstant()));
            }
        }
        return partitions;
    }

    private record Partition(String name, Instant upperBound) {
    }

}
