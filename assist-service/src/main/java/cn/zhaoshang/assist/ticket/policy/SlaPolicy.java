package cn.zhaoshang.assist.ticket.policy;

import cn.zhaoshang.assist.ticket.sla.LimitUnit;
import cn.zhaoshang.assist.ticket.Category;
import cn.zhaoshang.assist.ticket.Priority;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** The time limits (限时办结) for one category and priority. A change applies to tickets submitted after it. */
@Entity
@Table(name = "sla_policy")
@IdClass(SlaPolicy.Key.class)
public class SlaPolicy extends PanacheEntityBase {
    @Id
    @Enumerated(EnumType.STRING)
    public Category category;
    @Id
    @Enumerated(EnumType.STRING)
    public Priority priority;
    @Column(name = "response_amount")
    public int responseAmount;
    @Enumerated(EnumType.STRING)
    @Column(name = "response_unit")
    public LimitUnit responseUnit;
    @Column(name = "resolution_amount")
    public int resolutionAmount;
    @Enumerated(EnumType.STRING)
    @Column(name = "resolution_unit")
    public LimitUnit resolutionUnit;
    @Column(name = "warning_ratio")
    public BigDecimal warningRatio;
    @Column(name = "updated_by")
    public String updatedBy;
    @Column(name = "updated_at")
    public Instant updatedAt;

    public static List<SlaPolicy> ordered() {
        return list("order by category, priority");
    }

    public static SlaPolicy of(Category category, Priority priority) {
        return findById(new Key(category, priority));
    }

    public static class Key implements Serializable {
        public Category category;
        public Priority priority;

        public Key() {
        }

        public Key(Category category, Priority priority) {
            this.category = category;
            this.priority = priority;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && category == k.category && priority == k.priority;
        }

        @Override
        public int hashCode() {
            return Objects.hash(category, priority);
        }
    }
}
