package cn.zhaoshang.project.target;

import java.math.BigDecimal;
import java.util.List;

public record TargetsView(int year, String district, List<Line> targets) {

    public record Line(TargetMetric metric, String label, String minTier, String category, BigDecimal value) {
    }

    static TargetsView of(int year, String district, List<DistrictTarget> targets) {
        return new TargetsView(year, district, targets.stream()
                .map(t -> new Line(t.metric, t.metric.label(), t.minTier, t.category, t.targetValue)).toList());
    }
}
