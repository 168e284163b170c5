package cn.zhaoshang.assist.inbound;

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

/** assist-service's copy of what it needs to know about a project: who owns it, where, who serves it. */
@Entity
@Table(name = "known_project")
public class KnownProject extends PanacheEntityBase {
    @Id
    @Column(name = "project_id")
    public UUID projectId;
    public String name;
    @Column(name = "enterprise_code")
    public String enterpriseCode;
    @Column(name = "enterprise_name")
    public String enterpriseName;
    public String district;
    public String stage;
    public boolean major;
    public String chief;
    @Column(name = "leader_in_charge")
    public String leaderInCharge;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> members = new ArrayList<>();
    /** Planned and actual dates per stage, as project-service sent them. */
    @JdbcTypeCode(SqlTypes.JSON)
    public String milestones;
    /** The project's version in the event that wrote this row: an older event never overwrites a newer one. */
    @Column(name = "source_version")
    public long sourceVersion;
    @Column(name = "updated_at")
    public Instant updatedAt;

    /**
     * Serialises the writers of one project's row (the event consumer and the REST fallback) until the
     * transaction ends: whoever comes second sees the first one's row instead of failing on the primary key.
     * Call it before reading the row that is about to be written.
     */
    static void lockForWriting(UUID projectId) {
        getEntityManager().createNativeQuery("select pg_advisory_xact_lock(?1)")
                .setParameter(1, projectId.getMostSignificantBits() ^ projectId.getLeastSignificantBits())
                .getSingleResult();
    }
}
