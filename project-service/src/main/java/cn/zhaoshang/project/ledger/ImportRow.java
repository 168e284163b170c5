package cn.zhaoshang.project.ledger;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** What one data row does (or would do): CREATE, UPDATE, UNCHANGED, or INVALID with its problems. */
@Entity
@Table(name = "ledger_import_row")
@IdClass(ImportRow.Key.class)
public class ImportRow extends PanacheEntityBase {

    public enum Action { CREATE, UPDATE, UNCHANGED, INVALID }

    @Id
    @Column(name = "import_id")
    public UUID importId;
    @Id
    @Column(name = "row_number")
    public int rowNumber;
    @Enumerated(EnumType.STRING)
    public Action action;
    @Column(name = "project_name")
    public String projectName;
    @Column(name = "credit_code")
    public String creditCode;
    @Column(name = "project_id")
    public UUID projectId;
    /** The headers of the columns the row changes. */
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> changes;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<RowProblem> problems;
    /** What the office should know that does not stop the row (a registered enterprise's other name). */
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> notes;

    public static class Key implements Serializable {
        public UUID importId;
        public int rowNumber;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(importId, k.importId) && rowNumber == k.rowNumber;
        }

        @Override
        public int hashCode() {
            return Objects.hash(importId, rowNumber);
        }
    }
}
