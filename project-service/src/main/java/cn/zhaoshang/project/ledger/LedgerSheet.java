package cn.zhaoshang.project.ledger;

import java.io.IOException;
import java.util.function.BiConsumer;

/**
 * A ledger file as a header and data rows: the header row is the first row with 项目名称 among the first
 * {@value LedgerLayout#HEADER_SEARCH_ROWS} rows that have anything in them; empty rows are skipped, and a file with more
 * than {@code maxRows} data rows is refused before anything is imported.
 */
final class LedgerSheet {

    private final SheetReader reader;
    private final int maxRows;

    LedgerSheet(SheetReader reader, int maxRows) {
        this.reader = reader;
        this.maxRows = maxRows;
    }

    /** Hands each data row to {@code rows} with the layout; returns how many data rows there were. */
    int read(BiConsumer<LedgerLayout, SheetRow> rows) throws IOException {
        int[] seen = {0, 0};
        LedgerLayout[] layout = {null};
        reader.read(row -> {
            if (row.isBlank()) {
                return;
            }
            if (layout[0] == null) {
                layout[0] = LedgerLayout.fromHeader(row).orElse(null);
                if (layout[0] == null && ++seen[0] >= LedgerLayout.HEADER_SEARCH_ROWS) {
                    throw LedgerFileRefused.unreadable("前" + LedgerLayout.HEADER_SEARCH_ROWS
                            + "行中没有找到表头（含「项目名称」的一行）；请使用下载的模板（GET /api/v1/imports/template）。");
                }
                return;
            }
            if (++seen[1] > maxRows) {
                throw LedgerFileRefused.tooLarge("文件超过" + maxRows + "行数据；请拆分成多个文件分别导入。");
            }
            rows.accept(layout[0], row);
        });
        if (layout[0] == null) {
            throw LedgerFileRefused.unreadable("文件中没有找到表头（含「项目名称」的一行）；请使用下载的模板（GET /api/v1/imports/template）。");
        }
        if (seen[1] == 0) {
            throw LedgerFileRefused.unreadable("表头下面没有数据行。");
        }
        return seen[1];
    }
}
