package cn.zhaoshang.chassis.text;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class ChineseTextTest {

    @Test
    void anInstantReadsAsBeijingTimeNotUtc() {
        assertThat(ChineseText.beijingTime(Instant.parse("2026-12-02T01:30:00Z"))).isEqualTo("12月2日 09:30");
        assertThat(ChineseText.beijingTime("2026-12-31T16:05:00Z")).isEqualTo("1月1日 00:05");
        assertThat(ChineseText.beijingTime("soon")).isEqualTo("soon");
        assertThat(ChineseText.beijingTime((Instant) null)).isEmpty();
    }

    @Test
    void aDateReadsInChineseForm() {
        assertThat(ChineseText.date(LocalDate.of(2026, 10, 12))).isEqualTo("2026年10月12日");
        assertThat(ChineseText.date("2027-01-04")).isEqualTo("2027年1月4日");
    }

    @Test
    void aSentenceEndsWithOneFullStop() {
        assertThat(ChineseText.sentence("已完成杆线迁移")).isEqualTo("已完成杆线迁移。");
        assertThat(ChineseText.sentence("已完成杆线迁移。 ")).isEqualTo("已完成杆线迁移。");
        assertThat(ChineseText.sentence("为什么？")).isEqualTo("为什么？");
        assertThat(ChineseText.sentence("  ")).isEmpty();
    }
}
