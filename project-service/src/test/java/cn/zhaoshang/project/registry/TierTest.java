package cn.zhaoshang.project.registry;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class TierTest {

    @Test
    void tiersStartAtOneTenAndFiftyYi() {
        assertThat(Tier.of(new BigDecimal("9999.99"))).isEqualTo(Tier.SUB_YI);
        assertThat(Tier.of(new BigDecimal("10000.00"))).isEqualTo(Tier.YI_1_TO_10);
        assertThat(Tier.of(new BigDecimal("99999.99"))).isEqualTo(Tier.YI_1_TO_10);
        assertThat(Tier.of(new BigDecimal("100000"))).isEqualTo(Tier.YI_10_TO_50);
        assertThat(Tier.of(new BigDecimal("499999.99"))).isEqualTo(Tier.YI_10_TO_50);
        assertThat(Tier.of(new BigDecimal("1000000"))).isEqualTo(Tier.YI_50_PLUS);
    }

    @Test
    void projectsOfTenYiOrOnTheCityListAreMajor() {
        assertThat(Tier.isMajor(Tier.YI_1_TO_10, false)).isFalse();
        assertThat(Tier.isMajor(Tier.YI_1_TO_10, true)).isTrue();
        assertThat(Tier.isMajor(Tier.YI_10_TO_50, false)).isTrue();
    }
}
