package cn.zhaoshang.project.ledger;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

/** An import job as its starter follows it: status, progress over the data rows, and what the rows do. */
public record ImportView(UUID id, String fileName, String format,
                         @Schema(description = "CHECKING → CHECKED (dry run done) → IMPORTING → IMPORTED; FAILED when the database failed (nothing imported)")
                         ImportJob.Status status,
                         @Schema(description = "data rows in the file") Integer rowsTotal,
                         @Schema(description = "data rows checked or imported so far") int rowsDone,
                         int creating, int updating, int unchanged, int invalid,
                         @Schema(description = "why the last run did not import, in Chinese") String failure,
                         String startedBy, Instant createdAt, Instant updatedAt) {

    static ImportView of(ImportJob job) {
        return new ImportView(job.id, job.fileName, job.format.name(), job.status, job.rowsTotal, job.rowsDone,
                job.creating, job.updating, job.unchanged, job.invalid, job.failure, job.startedBy, job.createdAt,
                job.updatedAt);
    }
}
