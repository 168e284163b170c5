package cn.zhaoshang.project.ledger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.List;
import java.util.UUID;

/** One data row's action, the columns it changes and its problems (each with row, column and a Chinese sentence). */
public record ImportRowView(int row, ImportRow.Action action, String projectName, String creditCode, UUID projectId,
                            List<String> changes, List<RowProblem> problems) {

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    static ImportRowView of(ImportRow row) {
        return new ImportRowView(row.rowNumber, row.action, row.projectName, row.creditCode, row.projectId,
                row.changes == null || row.changes.isEmpty() ? List.of() : List.of(row.changes.split("\n")),
                problems(row.problems));
    }

    static String json(List<RowProblem> problems) {
        try {
            return problems.isEmpty() ? null : JSON.writeValueAsString(problems);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<RowProblem> problems(String json) {
        try {
            return json == null ? List.of() : JSON.readValue(json, new TypeReference<List<RowProblem>>() {
            });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
