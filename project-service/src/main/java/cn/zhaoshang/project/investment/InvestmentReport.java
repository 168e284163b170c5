package cn.zhaoshang.project.investment;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Effective investment completed (完成有效投资) by a project in one month, in 万元. */
@Entity
@Table(name = "investment_report")
public class InvestmentReport extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "project_id")
    public UUID projectId;
    /** yyyy-MM */
    public String month;
    public BigDecimal amount;
    @Column(name = "reported_by")
    public String reportedBy;
    @Column(name = "reported_at")
    public Instant reportedAt;

    static Optional<InvestmentReport> of(UUID projectId, String month) {
        return find("projectId = ?1 and month = ?2", projectId, month).firstResultOptional();
    }

    static List<InvestmentReport> ofProject(UUID projectId) {
        return list("projectId = ?1 order by month", projectId);
    }

    static BigDecimal total(UUID projectId) {
        BigDecimal sum = getEntityManager()
                .createQuery("select coalesce(sum(r.amount), 0) from InvestmentReport r where r.projectId = :p", BigDecimal.class)
                .setParameter("p", projectId).getSingleResult();
        return sum == null ? BigDecimal.ZERO : sum;
    }
}
