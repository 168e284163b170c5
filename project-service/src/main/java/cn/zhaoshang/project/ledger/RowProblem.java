package cn.zhaoshang.project.ledger;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What is wrong with one cell (or, with no column, one row), in Chinese, where a person finds it: 第5行 D列（所属县区/园区）. */
public record RowProblem(int row, String column, String header, String message) {

    static RowProblem of(int row, int columnIndex, LedgerColumn column, String message) {
        return new RowProblem(row, columnIndex < 0 ? null : SheetRow.letters(columnIndex), column == null ? null : column.header(), message);
    }

    /** 「第5行 D列（所属县区/园区）：…」 */
    @JsonProperty("sentence")
    public String sentence() {
        String where = "第" + row + "行" + (column == null ? "" : " " + column + "列") + (header == null ? "" : "（" + header + "）");
        return where + "：" + message;
    }
}
