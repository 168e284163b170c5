package cn.zhaoshang.project.team;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A project's service team (专班). Who is on it is also kept row by row in {@link TeamMember}. */
@Entity
@Table(name = "project_team")
public class Team extends PanacheEntityBase {
    @Id
    @Column(name = "project_id")
    public UUID projectId;
    public String chief;
    @Column(name = "leader_in_charge")
    public String leaderInCharge;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "assisting_units")
    public List<String> assistingUnits = new ArrayList<>();
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "liaison_groups")
    public List<LiaisonGroup> liaisonGroups = new ArrayList<>();
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Column(name = "updated_by")
    public String updatedBy;

    /** A fixed liaison group on one topic, e.g. 电力接入 (grid connection). */
    public record LiaisonGroup(String topic, List<String> members) {
    }
}
