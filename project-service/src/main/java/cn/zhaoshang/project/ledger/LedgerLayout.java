package cn.zhaoshang.project.ledger;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where each ledger column is in a file, read from its header row (the first row that has 项目名称). */
final class LedgerLayout {

    /** The header row must come within the first rows (a title and notes may come before it). */
    static final int HEADER_SEARCH_ROWS = 10;

    private final Map<LedgerColumn, Integer> columns;
    private final int headerRow;

    private LedgerLayout(Map<LedgerColumn, Integer> columns, int headerRow) {
        this.columns = columns;
        this.headerRow = headerRow;
    }

    /** The layout if this row is the header row; a header row without a required column is refused. */
    static Optional<LedgerLayout> fromHeader(SheetRow row) {
        Map<LedgerColumn, Integer> found = new EnumMap<>(LedgerColumn.class);
        for (int i = 0; i < row.cells().size(); i++) {
            int index = i;
            LedgerColumn.byHeader(row.cell(i)).ifPresent(column -> {
                if (found.putIfAbsent(column, index) != null) {
                    throw LedgerFileRefused.unreadable("表头「" + column.header() + "」出现了两次（" + SheetRow.letters(found.get(column))
                            + "列和" + SheetRow.letters(index) + "列），请只保留一列。");
                }
            });
        }
        if (!found.containsKey(LedgerColumn.PROJECT_NAME)) {
            return Optional.empty();
        }
        List<String> missing = new ArrayList<>();
        for (LedgerColumn column : LedgerColumn.values()) {
            if (column.required() && !found.containsKey(column)) {
                missing.add(column.header());
            }
        }
        if (!missing.isEmpty()) {
            throw LedgerFileRefused.unreadable("第" + row.number() + "行表头缺少必填列：" + String.join("、", missing)
                    + "。请使用下载的模板（GET /api/v1/imports/template）。");
        }
        return Optional.of(new LedgerLayout(found, row.number()));
    }

    int headerRow() {
        return headerRow;
    }

    /** The column's 0-based index in the file, or -1 when the file does not have it. */
    int indexOf(LedgerColumn column) {
        return columns.getOrDefault(column, -1);
    }
}
