package cn.zhaoshang.project.ledger;

import cn.zhaoshang.chassis.problem.Conflict;
import cn.zhaoshang.chassis.problem.ResourceNotFound;
import cn.zhaoshang.chassis.security.Caller;
import cn.zhaoshang.project.registry.Page;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Ledger import jobs as their starters see them: an upload is read through once at once (so a file that is no ledger
 * is refused with a 4xx and nothing is kept), then stored with its file for the worker ({@link LedgerWorker}) to check;
 * the starter reads the dry run and asks for the import. Readable by the starter and admins only.
 */
@ApplicationScoped
public class LedgerImports {

    private final Caller caller;
    private final AgroalDataSource dataSource;
    private final LedgerSettings settings;
    private final Clock clock;

    public LedgerImports(Caller caller, AgroalDataSource dataSource, LedgerSettings settings, Clock clock) {
        this.caller = caller;
        this.dataSource = dataSource;
        this.settings = settings;
        this.clock = clock;
    }

    public ImportView start(Path upload, String fileName) {
        String name = fileName == null || fileName.isBlank() ? "台账" : fileName.strip();
        if (name.length() > 255) {
            name = name.substring(name.length() - 255);
        }
        LedgerFiles.Format format;
        int rows;
        try {
            format = LedgerFiles.formatOf(upload, name);
            rows = new LedgerSheet(LedgerFiles.reader(upload, format), settings.maxRows()).read((layout, row) -> {
            });
        } catch (IOException e) {
            throw LedgerFileRefused.unreadable("文件无法读取：" + e.getMessage());
        }
        UUID id = UUID.randomUUID();
        Instant now = Instant.now(clock);
        String fileNameStored = name;
        QuarkusTransaction.requiringNew().run(() -> insert(id, fileNameStored, format, upload, rows, now));
        return get(id);
    }

    private void insert(UUID id, String fileName, LedgerFiles.Format format, Path upload, int rows, Instant now) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("insert into ledger_import (id, file_name, format, content,"
                     + " status, started_by, starter_district, starter_admin, rows_total, created_at, updated_at)"
                     + " values (?, ?, ?, ?, 'CHECKING', ?, ?, ?, ?, ?, ?)");
             InputStream content = Files.newInputStream(upload)) {
            insert.setObject(1, id);
            insert.setString(2, fileName);
            insert.setString(3, format.name());
            insert.setBinaryStream(4, content, Files.size(upload));
            insert.setString(5, caller.subject());
            insert.setString(6, caller.district().orElse(null));
            insert.setBoolean(7, caller.isAdmin());
            insert.setInt(8, rows);
            insert.setTimestamp(9, Timestamp.from(now));
            insert.setTimestamp(10, Timestamp.from(now));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("the upload could not be stored", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The stored file of a job, copied to a temporary file for the worker; the caller deletes it. */
    Path contentOf(UUID id) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("select content from ledger_import where id = ?")) {
            select.setObject(1, id);
            try (ResultSet rs = select.executeQuery()) {
                if (!rs.next()) {
                    throw new ResourceNotFound("import", id);
                }
                Path file = Files.createTempFile("ledger-", ".upload");
                try (InputStream in = rs.getBinaryStream(1)) {
                    Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
                }
                return file;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the upload could not be read back", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ImportView get(UUID id) {
        return QuarkusTransaction.joiningExisting().call(() -> ImportView.of(visible(id)));
    }

    public Page<ImportRowView> rows(UUID id, boolean problemsOnly, int page, int size) {
        return QuarkusTransaction.joiningExisting().call(() -> {
            visible(id);
            String where = "importId = ?1" + (problemsOnly ? " and action = ?2" : "");
            var query = problemsOnly ? ImportRow.<ImportRow>find(where + " order by rowNumber", id, ImportRow.Action.INVALID)
                    : ImportRow.<ImportRow>find(where + " order by rowNumber", id);
            long total = query.count();
            List<ImportRowView> items = query.page(page, size).list().stream().map(ImportRowView::of).toList();
            return new Page<>(items, total, page, size);
        });
    }

    /** Asks for the import of a checked file with no problems; the worker takes it up. */
    public ImportView apply(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            visible(id);
            ImportJob job = ImportJob.findById(id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
            switch (job.status) {
                case CHECKING -> throw new Conflict("文件还在检查中（已检查" + job.rowsDone + "/" + job.rowsTotal + "行）；检查完成后再导入",
                        Map.of("importStatus", job.status.name()));
                case IMPORTING -> throw new Conflict("正在导入中", Map.of("importStatus", job.status.name()));
                case IMPORTED -> throw new Conflict("这个文件已经导入过了；再次上传同一文件时，未变化的行不会重复导入",
                        Map.of("importStatus", job.status.name()));
                default -> {
                }
            }
            if (job.invalid > 0) {
                throw new Conflict(job.invalid + "行有问题，整个文件都不会导入；请按各行问题改正后重新上传",
                        Map.of("importStatus", job.status.name(), "invalid", job.invalid));
            }
            job.status = ImportJob.Status.IMPORTING;
            job.failure = null;
            job.rowsDone = 0;
            job.updatedAt = Instant.now(clock);
            job.heartbeatAt = null; // free for any replica's worker
            return ImportView.of(job);
        });
    }

    private ImportJob visible(UUID id) {
        ImportJob job = ImportJob.findById(id);
        if (job == null || !(caller.isAdmin() || job.startedBy.equals(caller.subject()))) {
            throw new ResourceNotFound("import", id);
        }
        return job;
    }
}
