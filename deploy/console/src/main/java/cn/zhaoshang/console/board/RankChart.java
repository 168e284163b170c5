package cn.zhaoshang.console.board;

import java.util.ArrayList;
import java.util.List;

/**
 * The district's place among all districts for each target, drawn as a row of squares, one per district, the
 * district's own place filled and written out (第2名/共3个), so the rank is read from the text as well as the picture.
 */
public final class RankChart {

    public static final int LABEL_WIDTH = 200;
    public static final int CELL = 22;
    public static final int ROW_HEIGHT = 30;

    public record Cell(int x, boolean own) {
    }

    public record Row(String label, String words, int y, List<Cell> cells, int wordsX) {
        public int textY() {
            return y + 16;
        }
    }

    private final List<Row> rows;
    private final int width;
    private final int height;

    private RankChart(List<Row> rows, int width, int height) {
        this.rows = rows;
        this.width = width;
        this.height = height;
    }

    /** Null when no target is ranked. */
    public static RankChart of(List<TargetRow> targets) {
        List<Row> rows = new ArrayList<>();
        int widest = 0;
        for (TargetRow target : targets) {
            if (target.rank() == null || target.rankedAmong() == null || target.rankedAmong() < 1) {
                continue;
            }
            int y = 6 + rows.size() * ROW_HEIGHT;
            List<Cell> cells = new ArrayList<>();
            for (int place = 1; place <= target.rankedAmong(); place++) {
                cells.add(new Cell(LABEL_WIDTH + (place - 1) * CELL, place == target.rank()));
            }
            int wordsX = LABEL_WIDTH + target.rankedAmong() * CELL + 8;
            widest = Math.max(widest, wordsX + 110);
            rows.add(new Row(target.label(), "第" + target.rank() + "名/共" + target.rankedAmong() + "个", y, cells, wordsX));
        }
        return rows.isEmpty() ? null : new RankChart(rows, widest, 12 + rows.size() * ROW_HEIGHT);
    }

    public List<Row> rows() {
        return rows;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }
}
