package cn.zhaoshang.console.board;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The geometry of a horizontal bar chart drawn as SVG on the server (no script): one bar per row, its length the
 * completion rate on a scale up to the larger of 100 % and the highest rate, and the 序时进度 line across all bars.
 * Every bar also carries its figure as text, so nothing is told by colour alone.
 */
public final class BarChart {

    public static final int LABEL_WIDTH = 200;
    public static final int BAR_AREA = 300;
    public static final int ROW_HEIGHT = 28;

    /** @param ahead at or above the pro-rata line */
    public record Bar(String label, String figure, int y, int width, boolean ahead) {
        public int textY() {
            return y + 17;
        }

        public int figureX() {
            return LABEL_WIDTH + width + 6;
        }
    }

    private final List<Bar> bars;
    private final int proRataX;
    private final int height;

    private BarChart(List<Bar> bars, int proRataX, int height) {
        this.bars = bars;
        this.proRataX = proRataX;
        this.height = height;
    }

    /** @param rates completion rates in percent (61.33), in the order drawn; null counts as 0 */
    public static BarChart of(List<String> labels, List<BigDecimal> rates, BigDecimal proRataPercent) {
        BigDecimal max = BigDecimal.valueOf(100);
        for (BigDecimal rate : rates) {
            if (rate != null && rate.compareTo(max) > 0) {
                max = rate;
            }
        }
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            BigDecimal rate = rates.get(i) == null ? BigDecimal.ZERO : rates.get(i);
            bars.add(new Bar(labels.get(i), rate.setScale(1, RoundingMode.HALF_UP) + "%", 8 + i * ROW_HEIGHT,
                    scale(rate, max), rate.compareTo(proRataPercent) >= 0));
        }
        return new BarChart(bars, LABEL_WIDTH + scale(proRataPercent, max), 34 + labels.size() * ROW_HEIGHT);
    }

    private static int scale(BigDecimal value, BigDecimal max) {
        return value.max(BigDecimal.ZERO).multiply(BigDecimal.valueOf(BAR_AREA)).divide(max, 0, RoundingMode.HALF_UP).intValue();
    }

    public List<Bar> bars() {
        return bars;
    }

    public int proRataX() {
        return proRataX;
    }

    public int height() {
        return height;
    }

    /** Where the 序时进度 line ends; its name is written below it. */
    public int lineEnd() {
        return height - 18;
    }

    public int labelWidth() {
        return LABEL_WIDTH;
    }

    public int width() {
        return LABEL_WIDTH + BAR_AREA + 70;
    }
}
