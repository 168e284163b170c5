package cn.zhaoshang.project.lifecycle;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** One recorded move of a project's lifecycle: history is never rewritten. */
@Entity
@Table(name = "project_transition")
public class Transition extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "project_id")
    public UUID projectId;
    @Enumerated(EnumType.STRING)
    @Column(name = "from_stage")
    public Stage fromStage;
    @Enumerated(EnumType.STRING)
    @Column(name = "to_stage")
    public Stage toStage;
    @Column(name = "occurred_on")
    public LocalDate occurredOn;
    public String actor;
    public String note;
    public String reason;
    @Column(name = "recognized_by")
    public String recognizedBy;
    @Column(name = "recognized_on")
    public LocalDate recognizedOn;
    @Column(name = "recorded_at")
    public Instant recordedAt;

    public static List<Transition> historyOf(UUID projectId) {
        return list("projectId = ?1 order by recordedAt, occurredOn", projectId);
    }
}
