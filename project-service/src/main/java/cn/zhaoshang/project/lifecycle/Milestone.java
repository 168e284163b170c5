package cn.zhaoshang.project.lifecycle;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** A project's planned and actual date for one stage. */
@Entity
@Table(name = "project_milestone")
@IdClass(Milestone.Key.class)
public class Milestone extends PanacheEntityBase {
    @Id
    @Column(name = "project_id")
    public UUID projectId;
    @Id
    @Enumerated(EnumType.STRING)
    public Stage stage;
    @Column(name = "planned_on")
    public LocalDate plannedOn;
    @Column(name = "actual_on")
    public LocalDate actualOn;
    @Column(name = "recognized_by")
    public String recognizedBy;
    @Column(name = "recognized_on")
    public LocalDate recognizedOn;

    public static List<Milestone> ofProject(UUID projectId) {
        return list("projectId", projectId);
    }

    public static Milestone getOrCreate(UUID projectId, Stage stage) {
        Milestone existing = findById(new Key(projectId, stage));
        if (existing != null) {
            return existing;
        }
        Milestone milestone = new Milestone();
        milestone.projectId = projectId;
        milestone.stage = stage;
        milestone.persist();
        return milestone;
    }

    public static class Key implements Serializable {
        public UUID projectId;
        public Stage stage;

        public Key() {
        }

        public Key(UUID projectId, Stage stage) {
            this.projectId = projectId;
            this.stage = stage;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(projectId, k.projectId) && stage == k.stage;
        }

        @Override
        public int hashCode() {
            return Objects.hash(projectId, stage);
        }
    }
}
