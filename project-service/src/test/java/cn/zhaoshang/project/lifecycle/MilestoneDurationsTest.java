package cn.zhaoshang.project.lifecycle;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class MilestoneDurationsTest {

    @Test
    void trinaSolarWentFromSigningToConstructionIn32Days() {
        MilestoneDurations d = MilestoneDurations.of(Map.of(
                Stage.SIGNED, LocalDate.parse("2023-01-06"),
                Stage.LAND_ACQUIRED, LocalDate.parse("2023-02-07"),
                Stage.CONSTRUCTION_STARTED, LocalDate.parse("2023-02-07")));
        assertThat(d.daysSignedToStarted()).isEqualTo(32);
        assertThat(d.daysLandToStarted()).isZero();
        assertThat(d.daysSignedToProduction()).isNull();
    }

    @Test
    void jietaiTook51DaysToStartAnd151ToProduction() {
        MilestoneDurations d = MilestoneDurations.of(Map.of(
                Stage.SIGNED, LocalDate.parse("2022-11-08"),
                Stage.CONSTRUCTION_STARTED, LocalDate.parse("2022-12-29"),
                Stage.IN_PRODUCTION, LocalDate.parse("2023-04-08")));
        assertThat(d.daysSignedToStarted()).isEqualTo(51);
        assertThat(d.daysSignedToProduction()).isEqualTo(151);
        assertThat(d.daysStartedToProduction()).isEqualTo(100);
    }

    @Test
    void kubisenProducedTwoMonthsAheadOfPlan() {
        assertThat(MilestoneDurations.daysAheadOfPlan(LocalDate.parse("2025-01-14"), LocalDate.parse("2024-11-14"))).isEqualTo(61);
        assertThat(MilestoneDurations.daysAheadOfPlan(LocalDate.parse("2025-01-14"), LocalDate.parse("2025-01-20"))).isEqualTo(-6);
        assertThat(MilestoneDurations.daysAheadOfPlan(null, LocalDate.parse("2025-01-20"))).isNull();
    }
}
