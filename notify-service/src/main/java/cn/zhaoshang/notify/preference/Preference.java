package cn.zhaoshang.notify.preference;

import cn.zhaoshang.notify.delivery.Channel;
import cn.zhaoshang.notify.delivery.DeliveryRules;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One user's notification preferences, with the claims their token had when they saved them. */
@Entity
@Table(name = "preference")
public class Preference extends PanacheEntityBase {
    @Id
    public String subject;
    @Column(name = "enterprise_code")
    public String enterpriseCode;
    public String district;
    public boolean supervises;
    public String email;
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, List<Channel>> channels = new HashMap<>();
    @Column(name = "quiet_start")
    public LocalTime quietStart;
    @Column(name = "quiet_end")
    public LocalTime quietEnd;
    @Enumerated(EnumType.STRING)
    public DeliveryRules.Digest digest = DeliveryRules.Digest.IMMEDIATE;
    @Column(name = "updated_at")
    public Instant updatedAt;
}
