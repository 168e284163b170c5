package cn.zhaoshang.project.ledger;

import java.util.List;

/**
 * One row as a file holds it: its number as the spreadsheet shows it (1-based) and its cells' text by column
 * (0-based; null for an empty cell). Numbers come as plain decimals (120000.5), date cells as ISO dates (2026-07-06).
 */
public record SheetRow(int number, List<String> cells) {

    /** A formula whose result the file does not carry (saved by a program that does not calculate). */
    static final String FORMULA_WITHOUT_RESULT = "\u0000formula";
    /** An error value such as #DIV/0! or #REF!. */
    static final String ERROR_VALUE = "\u0000error";

    String cell(int column) {
        return column >= 0 && column < cells.size() ? cells.get(column) : null;
    }

    boolean isBlank() {
        return cells.stream().allMatch(c -> c == null || c.isBlank());
    }

    /** A spreadsheet column's letters: 0 → A, 27 → AB. */
    static String letters(int column) {
        StringBuilder letters = new StringBuilder();
        for (int n = column + 1; n > 0; n = (n - 1) / 26) {
            letters.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return letters.toString();
    }
}
