package cn.zhaoshang.project.investment;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What a correction replaced: the old figure is never lost. */
@Entity
@Table(name = "investment_report_revision")
public class InvestmentRevision extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "report_id")
    public UUID reportId;
    @Column(name = "previous_amount")
    public BigDecimal previousAmount;
    @Column(name = "new_amount")
    public BigDecimal newAmount;
    public String note;
    @Column(name = "revised_by")
    public String revisedBy;
    @Column(name = "revised_at")
    public Instant revisedAt;

    static List<InvestmentRevision> ofReport(UUID reportId) {
        return list("reportId = ?1 order by revisedAt", reportId);
    }
}
