package cn.zhaoshang.notify.webhook;

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

/** A chat robot (WeCom, DingTalk style) that receives what its owner's inbox receives, signed with its secret. */
@Entity
@Table(name = "webhook")
public class Webhook extends PanacheEntityBase {
    @Id
    public UUID id;
    public String owner;
    @Column(name = "enterprise_code")
    public String enterpriseCode;
    public String district;
    public boolean supervises;
    public String url;
    public String secret;
    /** Only these kinds; empty means every kind. */
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> kinds = new ArrayList<>();
    @Column(name = "created_at")
    public Instant createdAt;
}
