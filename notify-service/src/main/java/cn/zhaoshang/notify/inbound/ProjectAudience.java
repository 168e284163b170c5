package cn.zhaoshang.notify.inbound;

import cn.zhaoshang.contracts.project.ProjectEventData;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** A project as notify-service knows it: where it is, whose it is, who serves it. */
@Entity
@Table(name = "project_audience")
public class ProjectAudience extends PanacheEntityBase {
    @Id
    @Column(name = "project_id")
    public UUID projectId;
    public String name;
    public String district;
    /** The district's name as people read it; null until an event that carries it arrives. */
    @Column(name = "district_name")
    public String districtName;
    @Column(name = "enterprise_code")
    public String enterpriseCode;
    public boolean major;
    public String stage;
    @Column(name = "source_version")
    public long sourceVersion;
    @Column(name = "total_investment")
    public BigDecimal totalInvestment;
    /** stage → {plannedOn, actualOn}, as project-service sent them. */
    @JdbcTypeCode(SqlTypes.JSON)
    public String milestones;
    @Column(name = "last_reported_month")
    public String lastReportedMonth;

    /** Applies the facts of a newer event; an older (replayed) one changes nothing. */
    /** The latest month with an investment report (reports may arrive out of order). */
    static void reported(UUID projectId, String month) {
        getEntityManager().createNativeQuery("update project_audience set last_reported_month = ?2 where project_id = ?1"
                        + " and (last_reported_month is null or last_reported_month < ?2)")
                .setParameter(1, projectId).setParameter(2, month).executeUpdate();
    }

    /** @param milestones the project's milestones as JSON, by stage code */
    static void learn(ProjectEventData facts, String milestones) {
        ProjectAudience project = findById(facts.projectId());
        if (project != null && project.sourceVersion > facts.version()) {
            return;
        }
        if (project == null) {
            project = new ProjectAudience();
            project.projectId = facts.projectId();
        }
        project.name = facts.name();
        project.district = facts.district();
        if (facts.districtName() != null) {
            project.districtName = facts.districtName();
        }
        project.enterpriseCode = facts.enterpriseCode();
        project.major = facts.major();
        project.stage = facts.stage();
        project.totalInvestment = facts.totalInvestment();
        project.milestones = milestones;
        project.sourceVersion = facts.version();
        project.persist();
        getEntityManager().createNativeQuery("delete from project_audience_member where project_id = ?1")
                .setParameter(1, facts.projectId()).executeUpdate();
        List<String> team = facts.team().everyone();
        for (String subject : team) {
            getEntityManager().createNativeQuery("insert into project_audience_member (project_id, subject) values (?1, ?2)")
                    .setParameter(1, facts.projectId()).setParameter(2, subject).executeUpdate();
        }
    }
}
