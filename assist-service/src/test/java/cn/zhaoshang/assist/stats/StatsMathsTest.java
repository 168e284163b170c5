package cn.zhaoshang.assist.stats;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class StatsMathsTest {

    @Test
    void ratesAreFractionsAndAnEmptyGroupHasNoRate() {
        assertThat(StatsMaths.rate(2, 3)).isEqualByComparingTo("0.667");
        assertThat(StatsMaths.rate(0, 4)).isEqualByComparingTo("0");
        assertThat(StatsMaths.rate(0, 0)).isNull();
    }

    @Test
    void workingSecondsAreReportedInHours() {
        assertThat(StatsMaths.hours(27_000)).isEqualByComparingTo(new BigDecimal("7.5"));
        assertThat(StatsMaths.hours(null)).isNull();
        assertThat(StatsMaths.mean(4.666)).isEqualByComparingTo("4.67");
    }
}
