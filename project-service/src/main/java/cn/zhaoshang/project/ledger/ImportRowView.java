package cn.zhaoshang.project.ledger;

import java.util.List;
import java.util.UUID;

/**
 * One data row's action, the columns it changes, its problems (each with row, column and a Chinese sentence) and notes
 * that do not stop it.
 */
public record ImportRowView(int row, ImportRow.Action action, String projectName, String creditCode, UUID projectId,
                            List<String> changes, List<RowProblem> problems, List<String> notes) {

    static ImportRowView of(ImportRow row) {
        return new ImportRowView(row.rowNumber, row.action, row.projectName, row.creditCode, row.projectId,
                orEmpty(row.changes), orEmpty(row.problems), orEmpty(row.notes));
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
