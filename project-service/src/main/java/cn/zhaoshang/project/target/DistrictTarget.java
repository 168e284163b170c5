package cn.zhaoshang.project.target;

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

/** One line of a district's annual target, e.g. 涟水 2025: signed projects of ≥10亿, 12. */
@Entity
@Table(name = "district_target")
@IdClass(DistrictTarget.Key.class)
public class DistrictTarget extends PanacheEntityBase {
    @Id
    public int year;
    @Id
    @Column(name = "district_code")
    public String districtCode;
    @Id
    @Enumerated(EnumType.STRING)
    public TargetMetric metric;
    /** A {@link cn.zhaoshang.project.registry.Tier} name, or ANY. */
    @Id
    @Column(name = "min_tier")
    public String minTier;
    /** A category code, or ANY. */
    @Id
    public String category;
    @Column(name = "target_value")
    public BigDecimal targetValue;
    @Column(name = "updated_by")
    public String updatedBy;
    @Column(name = "updated_at")
    public Instant updatedAt;

    static List<DistrictTarget> of(int year, String district) {
        return list("year = ?1 and districtCode = ?2 order by metric, minTier, category", year, district);
    }

    static List<DistrictTarget> ofYear(int year) {
        return list("year = ?1 order by districtCode, metric, minTier, category", year);
    }

    public static class Key implements Serializable {
        public int year;
        public String districtCode;
        public TargetMetric metric;
        public String minTier;
        public String category;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && year == k.year && Objects.equals(districtCode, k.districtCode)
                    && metric == k.metric && Objects.equals(minTier, k.minTier) && Objects.equals(category, k.category);
        }

        @Override
        public int hashCode() {
            return Objects.hash(year, districtCode, metric, minTier, category);
        }
    }
}
