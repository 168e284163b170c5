package cn.zhaoshang.project.ledger;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * An uploaded ledger and what became of it. CHECKING → CHECKED (a dry run: every row's action and problems) →
 * IMPORTING → IMPORTED, or back to CHECKED when the import finds a row that has become wrong since, or FAILED when
 * the database failed; nothing is half-imported in any case. The file (column {@code content}) is written and read by
 * {@link LedgerImports} with plain JDBC streams, never loaded with the entity.
 */
@Entity
@Table(name = "ledger_import")
public class ImportJob extends PanacheEntityBase {

    public enum Status { CHECKING, CHECKED, IMPORTING, IMPORTED, FAILED }

    @Id
    public UUID id;
    @Column(name = "file_name")
    public String fileName;
    @Enumerated(EnumType.STRING)
    public LedgerFiles.Format format;
    @Enumerated(EnumType.STRING)
    public Status status;
    @Column(name = "started_by")
    public String startedBy;
    @Column(name = "starter_district")
    public String starterDistrict;
    @Column(name = "starter_admin")
    public boolean starterAdmin;
    @Column(name = "rows_total")
    public Integer rowsTotal;
    @Column(name = "rows_done")
    public int rowsDone;
    public int creating;
    public int updating;
    public int unchanged;
    public int invalid;
    public String failure;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
    /** When the worker holding the job last reported; null while no worker holds it. */
    @Column(name = "heartbeat_at")
    public Instant heartbeatAt;
}
