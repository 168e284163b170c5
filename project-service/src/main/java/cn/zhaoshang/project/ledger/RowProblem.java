package cn.zhaoshang.project.ledger;

/**
 * What is wrong with one cell (or, with no column, one row), in Chinese, where a person finds it; {@code sentence} says
 * it all at once: 「第5行 D列（所属县区/园区）：…」.
 */
public record RowProblem(int row, String column, String header, String message, String sentence) {

    RowProblem(int row, String column, String header, String message) {
        this(row, column, header, message, "第" + row + "行" + (column == null ? "" : " " + column + "列")
                + (header == null ? "" : "（" + header + "）") + "：" + message);
    }

    static RowProblem of(int row, int columnIndex, LedgerColumn column, String message) {
        return new RowProblem(row, columnIndex < 0 ? null : SheetRow.letters(columnIndex), column == null ? null : column.header(), message);
    }

    /** A problem of the whole row. */
    static RowProblem ofRow(int row, String message) {
        return new RowProblem(row, null, null, message);
    }
}
