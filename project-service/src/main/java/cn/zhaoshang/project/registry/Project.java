package cn.zhaoshang.project.registry;

import cn.zhaoshang.project.lifecycle.Lifecycle;
import cn.zhaoshang.project.lifecycle.Stage;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** An investment project (项目). Money in 万元. */
@Entity
public class Project extends PanacheEntityBase {
    @Id
    public UUID id;
    @Version
    public long version;
    public String name;
    @Column(name = "enterprise_id")
    public UUID enterpriseId;
    @Column(name = "district_code")
    public String districtCode;
    @Column(name = "industry_code")
    public String industryCode;
    public String[] categories = new String[0];
    @Column(name = "attraction_method")
    public String attractionMethod;
    public String campaign;
    /** 备注, as the office's ledger keeps it. */
    public String remark;
    @Column(name = "total_investment")
    public BigDecimal totalInvestment;
    @Column(name = "agreed_investment")
    public BigDecimal agreedInvestment;
    @Column(name = "foreign_capital_usd")
    public BigDecimal foreignCapitalUsd;
    @Column(name = "out_of_province_capital")
    public BigDecimal outOfProvinceCapital;
    @Enumerated(EnumType.STRING)
    public Tier tier;
    @Column(name = "city_listed")
    public boolean cityListed;
    public boolean major;
    @Enumerated(EnumType.STRING)
    public ProjectKind kind;
    @Column(name = "phase_label")
    public String phaseLabel;
    @Column(name = "parent_project_id")
    public UUID parentProjectId;
    @Enumerated(EnumType.STRING)
    public Stage stage;
    @Enumerated(EnumType.STRING)
    @Column(name = "suspended_from")
    public Stage suspendedFrom;
    @Column(name = "last_moved_on")
    public LocalDate lastMovedOn;
    @Column(name = "investment_completed")
    public BigDecimal investmentCompleted = BigDecimal.ZERO;
    /** Project and enterprise names, lower-cased, for the list's {@code q} search. */
    @Column(name = "search_text")
    public String searchText;
    /** Computed by PostgreSQL from {@link #searchText} (V16); only searches read it. */
    @Column(name = "search_grams", insertable = false, updatable = false)
    public String[] searchGrams;
    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;

    /** Loads the project with a row lock, so one project's changes (and outbox rows) commit one after another. */
    /** A newly registered project in its first stage, its tier derived from the amounts; lineage is the service's to check. */
    static Project register(NewProject request, UUID enterpriseId, Stage stage, LocalDate since, String by, Instant at) {
        Project project = new Project();
        project.id = UUID.randomUUID();
        project.name = request.name().strip();
        project.enterpriseId = enterpriseId;
        project.districtCode = request.district();
        project.industryCode = request.industry();
        project.categories = request.categories() == null ? new String[0] : categoryCodes(request.categories());
        project.attractionMethod = request.attractionMethod();
        project.campaign = request.campaign();
        project.remark = request.remark();
        project.totalInvestment = request.totalInvestment();
        project.agreedInvestment = request.agreedInvestment();
        project.foreignCapitalUsd = request.foreignCapitalUsd();
        project.outOfProvinceCapital = request.outOfProvinceCapital();
        project.cityListed = Boolean.TRUE.equals(request.cityListed());
        project.stage = stage;
        project.lastMovedOn = since;
        project.createdBy = by;
        project.createdAt = at;
        project.updatedAt = at;
        project.deriveTier();
        return project;
    }

    /** Category codes as a project keeps them: each once, sorted. */
    static String[] categoryCodes(List<String> codes) {
        return codes.stream().distinct().sorted().toArray(String[]::new);
    }

    /**
     * Takes the move the lifecycle decided (a suspension remembers the stage to resume) and returns what the
     * {@code project.stage-changed} event reports.
     */
    public Map<String, Object> move(Lifecycle.Move move, LocalDate occurredOn, String reason, String actor, Instant at) {
        suspendedFrom = move.to() == Stage.SUSPENDED ? stage : null;
        stage = move.to();
        lastMovedOn = occurredOn;
        updatedAt = at;
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("from", move.from());
        change.put("to", move.to());
        change.put("occurredOn", occurredOn);
        change.put("skipped", move.skipped());
        change.put("reason", reason);
        change.put("actor", actor);
        return change;
    }

    public static Optional<Project> lockedById(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Keeps the derived figures (tier, major flag) in step with the amounts. */
    public void deriveTier() {
        tier = Tier.of(totalInvestment);
        major = Tier.isMajor(tier, cityListed);
    }
}
