package cn.zhaoshang.project.ledger;

import cn.zhaoshang.chassis.time.Clocks;
import cn.zhaoshang.project.registry.Project;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import org.hibernate.Session;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Runs ledger jobs, one at a time per replica. A job is claimed by stamping its heartbeat (SKIP LOCKED, so replicas
 * never take the same one), and the heartbeat is renewed with the progress; a job whose heartbeat is older than
 * {@code project.ledger.stale-after} lost its worker (a restart, a crash) and is taken up again from the start. That is
 * safe because an import is one transaction: a lost worker's import left nothing behind.
 * <p>
 * Why all or nothing per file: a ledger is moved in once, and a half-imported ledger leaves the office to work out which
 * rows are in. The dry run lists every row's problems first, so the office fixes the file and imports it whole; and a
 * re-run after a failure is simply the same file again.
 */
@ApplicationScoped
public class LedgerWorker {

    private static final Logger LOG = Logger.getLogger(LedgerWorker.class);

    private final LedgerImports imports;
    private final LedgerWriter writer;
    private final LedgerSettings settings;
    private final EntityManager entityManager;
    private final Clock clock;

    public LedgerWorker(LedgerImports imports, LedgerWriter writer, LedgerSettings settings, EntityManager entityManager,
                        Clock clock) {
        this.imports = imports;
        this.writer = writer;
        this.settings = settings;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    @Scheduled(every = "${project.ledger.poll-interval:1s}", delayed = "1s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void takeUp() {
        QuarkusTransaction.requiringNew().call(this::claim).ifPresent(job -> run(job.id(), job.status()));
    }

    private record Claimed(UUID id, ImportJob.Status status) {
    }

    /** The oldest job no live worker holds, stamped as this replica's. */
    private Optional<Claimed> claim() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("update ledger_import set heartbeat_at = now() where id ="
                        + " (select id from ledger_import where status in ('CHECKING', 'IMPORTING')"
                        + " and (heartbeat_at is null or heartbeat_at < now() - make_interval(secs => :stale))"
                        + " order by created_at limit 1 for update skip locked) returning id, status")
                .setParameter("stale", (double) settings.staleAfter().toSeconds()).getResultList();
        return rows.stream().findFirst().map(row -> new Claimed((UUID) row[0], ImportJob.Status.valueOf((String) row[1])));
    }

    void run(UUID id, ImportJob.Status status) {
        Path file = imports.contentOf(id);
        try {
            if (status == ImportJob.Status.CHECKING) {
                check(id, file);
            } else {
                importWhole(id, file);
            }
        } catch (LedgerFileRefused e) {
            finish(id, ImportJob.Status.FAILED, e.getMessage());
        } catch (RuntimeException | IOException e) {
            LOG.errorf(e, "ledger import %s failed", id);
            finish(id, ImportJob.Status.FAILED, "导入失败，没有导入任何内容（" + e.getClass().getSimpleName() + "）；可以再次点击导入重试");
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                LOG.warnf("temporary file %s not deleted", file);
            }
        }
    }

    /** The dry run: every row's action and problems, written chunk by chunk. */
    private void check(UUID id, Path file) throws IOException {
        ImportJob job = QuarkusTransaction.requiringNew().call(() -> {
            ImportRow.delete("importId", id);
            ImportJob started = ImportJob.findById(id);
            started.rowsDone = 0;
            return started;
        });
        ReferenceLookup lookup = QuarkusTransaction.requiringNew().call(writer::lookup);
        LocalDate today = Clocks.today(clock);
        Map<String, Integer> seen = new HashMap<>();
        List<Object[]> chunk = new ArrayList<>();
        int[] counts = new int[4];
        LedgerRowParser[] parser = {null};
        read(job, file, (layout, row) -> {
            if (parser[0] == null) {
                parser[0] = new LedgerRowParser(layout, lookup, today);
            }
            chunk.add(new Object[]{row, parser[0].parse(row), row.cell(layout.indexOf(LedgerColumn.PROJECT_NAME))});
            if (chunk.size() >= settings.chunk()) {
                checkChunk(job, chunk, seen, counts);
            }
        });
        checkChunk(job, chunk, seen, counts);
        QuarkusTransaction.requiringNew().run(() -> {
            ImportJob done = ImportJob.findById(id);
            done.creating = counts[0];
            done.updating = counts[1];
            done.unchanged = counts[2];
            done.invalid = counts[3];
            done.status = ImportJob.Status.CHECKED;
            done.heartbeatAt = null;
            done.updatedAt = Instant.now(clock);
        });
    }

    private void checkChunk(ImportJob job, List<Object[]> chunk, Map<String, Integer> seen, int[] counts) {
        if (chunk.isEmpty()) {
            return;
        }
        QuarkusTransaction.requiringNew().run(() -> {
            // the dry run writes only its row results: no flush before each query (it would dirty-check the whole chunk)
            entityManager.setFlushMode(FlushModeType.COMMIT);
            for (Object[] item : chunk) {
                SheetRow row = (SheetRow) item[0];
                LedgerRowParser.Parsed parsed = (LedgerRowParser.Parsed) item[1];
                ImportRow result = decide(job, row, parsed, (String) item[2], seen);
                result.persist();
                counts[result.action.ordinal()]++;
            }
            entityManager.createNativeQuery("update ledger_import set rows_done = rows_done + :rows, heartbeat_at = now() where id = :id")
                    .setParameter("rows", chunk.size()).setParameter("id", job.id).executeUpdate();
        });
        chunk.clear();
    }

    private ImportRow decide(ImportJob job, SheetRow row, LedgerRowParser.Parsed parsed, String rawName, Map<String, Integer> seen) {
        ImportRow result = new ImportRow();
        result.importId = job.id;
        result.rowNumber = row.number();
        if (!parsed.ok()) {
            result.action = ImportRow.Action.INVALID;
            result.projectName = truncate(rawName);
            result.problems = parsed.problems();
            return result;
        }
        LedgerLine line = parsed.line();
        result.projectName = line.projectName();
        result.creditCode = line.creditCode();
        Integer earlier = seen.putIfAbsent(line.creditCode() + "\n" + line.projectName(), row.number());
        if (earlier != null) {
            result.action = ImportRow.Action.INVALID;
            result.problems = List.of(RowProblem.ofRow(row.number(),
                    "与第" + earlier + "行是同一项目（统一社会信用代码和项目名称都相同）；请合并为一行"));
            return result;
        }
        LedgerWriter.Decision decision = writer.decide(line, job);
        result.action = decision.action();
        result.projectId = decision.project() == null ? null : decision.project().id;
        result.changes = decision.changes();
        result.problems = decision.problems().stream().map(message -> RowProblem.ofRow(row.number(), message)).toList();
        result.notes = decision.notes();
        return result;
    }

    /** The import itself: one transaction; any row found wrong now rolls it all back and the dry run is redone. */
    private void importWhole(UUID id, Path file) throws IOException {
        int[] counts = new int[4];
        boolean imported = QuarkusTransaction.requiringNew().timeout(1800).call(() -> {
            ImportRow.delete("importId", id);
            // new projects are written a chunk at a time in JDBC batches (LedgerWriter.NewProjects); an updated project's
            // event flushes its row. No flush before each query: it would dirty-check the whole persistence context
            entityManager.setFlushMode(FlushModeType.COMMIT);
            entityManager.unwrap(Session.class).setJdbcBatchSize(settings.chunk());
            LedgerWriter.NewProjects created = new LedgerWriter.NewProjects();
            ImportJob job = ImportJob.findById(id);
            ReferenceLookup lookup = writer.lookup();
            LocalDate today = Clocks.today(clock);
            Instant at = Instant.now(clock);
            Map<String, Integer> seen = new HashMap<>();
            LedgerRowParser[] parser = {null};
            int[] sinceFlush = {0};
            read(job, file, (layout, row) -> {
                if (parser[0] == null) {
                    parser[0] = new LedgerRowParser(layout, lookup, today);
                }
                LedgerRowParser.Parsed parsed = parser[0].parse(row);
                ImportRow result = decide(job, row, parsed, row.cell(layout.indexOf(LedgerColumn.PROJECT_NAME)), seen);
                if (result.action == ImportRow.Action.CREATE) {
                    result.projectId = writer.create(parsed.line(), job, today, at, created).id;
                } else if (result.action == ImportRow.Action.UPDATE) {
                    writer.update(entityManager.find(Project.class, result.projectId), parsed.line(),
                            result.changes, job, at);
                }
                result.persist();
                counts[result.action.ordinal()]++;
                if (++sinceFlush[0] >= settings.chunk()) {
                    writer.write(created);
                    entityManager.flush();
                    entityManager.clear();
                    progress(id, sinceFlush[0]);
                    sinceFlush[0] = 0;
                }
            });
            if (counts[ImportRow.Action.INVALID.ordinal()] > 0) {
                QuarkusTransaction.setRollbackOnly();
                return false;
            }
            writer.write(created);
            ImportJob done = ImportJob.findById(id);
            done.creating = counts[0];
            done.updating = counts[1];
            done.unchanged = counts[2];
            done.invalid = 0;
            done.rowsDone = done.rowsTotal;
            done.status = ImportJob.Status.IMPORTED;
            done.heartbeatAt = null;
            done.updatedAt = Instant.now(clock);
            return true;
        });
        if (!imported) {
            // the data moved since the dry run: redo it so the rows say why, and say nothing was imported
            check(id, file);
            finish(id, ImportJob.Status.CHECKED, counts[ImportRow.Action.INVALID.ordinal()]
                    + "行在导入时发现问题（检查之后数据有变化），没有导入任何内容；请查看各行问题");
        }
    }

    private void read(ImportJob job, Path file, java.util.function.BiConsumer<LedgerLayout, SheetRow> rows) throws IOException {
        new LedgerSheet(LedgerFiles.reader(file, job.format), settings.maxRows()).read(rows);
    }

    /** Progress and heartbeat, committed on their own so the starter sees them while the work goes on. */
    private void progress(UUID id, int rows) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                        "update ledger_import set rows_done = rows_done + :rows, heartbeat_at = now() where id = :id")
                .setParameter("rows", rows).setParameter("id", id).executeUpdate());
    }

    private void finish(UUID id, ImportJob.Status status, String failure) {
        QuarkusTransaction.requiringNew().run(() -> {
            ImportJob job = ImportJob.findById(id);
            job.status = status;
            job.failure = failure;
            job.heartbeatAt = null;
            job.updatedAt = Instant.now(clock);
        });
    }

    private static String truncate(String text) {
        return text == null || text.length() <= 400 ? text : text.substring(0, 400);
    }
}
