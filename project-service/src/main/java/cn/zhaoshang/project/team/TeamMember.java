package cn.zhaoshang.project.team;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** One subject's place on one project's team. */
@Entity
@Table(name = "project_team_member")
@IdClass(TeamMember.Key.class)
public class TeamMember extends PanacheEntityBase {
    @Id
    @Column(name = "project_id")
    public UUID projectId;
    @Id
    public String subject;
    @Id
    public String role;

    public static boolean isOnTeam(UUID projectId, String subject) {
        return count("projectId = ?1 and subject = ?2", projectId, subject) > 0;
    }

    public static List<TeamMember> ofProject(UUID projectId) {
        return list("projectId", projectId);
    }

    public static class Key implements Serializable {
        public UUID projectId;
        public String subject;
        public String role;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(projectId, k.projectId)
                    && Objects.equals(subject, k.subject) && Objects.equals(role, k.role);
        }

        @Override
        public int hashCode() {
            return Objects.hash(projectId, subject, role);
        }
    }
}
