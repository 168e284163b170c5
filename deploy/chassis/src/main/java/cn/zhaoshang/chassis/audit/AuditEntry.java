package cn.zhaoshang.chassis.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.time.Instant;

/** One state-changing call as it was answered. Written once; the table refuses changes. */
@Entity
@Immutable
@Table(name = "audit_entry")
public class AuditEntry extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public Instant at;
    public String actor;
    public String roles;
    public String enterprise;
    public String district;
    public String method;
    public String path;
    public int status;
    @Column(name = "remote_address")
    public String remoteAddress;
    @Column(name = "forwarded_for")
    public String forwardedFor;
    @Column(name = "user_agent")
    public String userAgent;
    @Column(name = "request_id")
    public String requestId;
    /** Refused anonymous calls from the same address since the previous entry that were not written one by one. */
    public int repeats;
}
