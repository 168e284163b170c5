package cn.zhaoshang.console.board;

import cn.zhaoshang.console.Json;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChartsTest {

    @Test
    void barsScaleToOneHundredPercentOrTheHighestRateAndMarkThoseAheadOfTheProRataLine() {
        BarChart chart = BarChart.of(List.of("完成有效投资", "签约项目数"), Arrays.asList(new BigDecimal("45.8"), null),
                new BigDecimal("91.7"));
        assertEquals(BarChart.LABEL_WIDTH + 275, chart.proRataX(), "91.7 % of the 300-px area");
        assertEquals(137, chart.bars().get(0).width());
        assertFalse(chart.bars().get(0).ahead());
        assertEquals("45.8%", chart.bars().get(0).figure());
        assertEquals(0, chart.bars().get(1).width(), "no rate yet draws no bar");
        BarChart over = BarChart.of(List.of("a", "b"), List.of(new BigDecimal("150"), new BigDecimal("95")), new BigDecimal("91.7"));
        assertEquals(300, over.bars().get(0).width(), "the highest rate fills the area");
        assertTrue(over.bars().get(1).ahead());
    }

    @Test
    void targetsAreNamedWithTheirTierAndRankedInWordsAndSquares() {
        List<TargetRow> rows = TargetRow.of(Json.of("{'targets':["
                + "{'metric':'SIGNED_COUNT','label':'签约项目数','minTier':'YI_10_TO_50','category':'ANY','target':20,'actual':1,"
                + "'completionRate':5.0,'aheadOfSchedule':false,'rank':2,'rankedAmong':3},"
                + "{'metric':'SIGNED_AMOUNT','label':'协议引资额','minTier':'ANY','category':'ANY','target':8000000,'actual':120000}]}"));
        assertEquals("签约项目数（10–50亿元）", rows.get(0).label());
        assertFalse(rows.get(0).amount());
        assertEquals("协议引资额", rows.get(1).label());
        assertTrue(rows.get(1).amount());
        RankChart ranks = RankChart.of(rows);
        assertEquals(1, ranks.rows().size(), "an unranked target is left out");
        assertEquals("第2名/共3个", ranks.rows().get(0).words());
        assertEquals(List.of(false, true, false), ranks.rows().get(0).cells().stream().map(RankChart.Cell::own).toList());
        assertNull(RankChart.of(List.of()));
    }
}
