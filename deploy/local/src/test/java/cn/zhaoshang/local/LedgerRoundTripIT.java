package cn.zhaoshang.local;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The office's way in and out, end to end: the demo stack's project list exported as .xlsx and imported into a second
 * stack with a fresh database gives the same projects, as far as a ledger says (names, enterprise, district, industry,
 * categories, attraction method, amounts, stage, planned and actual dates of 签约/拿地/开工/竣工/投产, 项目长, 包联领导, 备注).
 */
class LedgerRoundTripIT {

    private static final int OFFSET = 14000;
    private static final String ADMIN = "{\"sub\":\"admin\",\"roles\":[\"admin\"]}";
    private static final Set<String> DATED = Set.of("SIGNED", "LAND_ACQUIRED", "CONSTRUCTION_STARTED", "COMPLETED", "IN_PRODUCTION");

    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    Path demo;
    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    Path fresh;

    @Test
    void theDemoProjectsExportedImportIntoAFreshDatabaseAsTheSameProjects() throws Exception {
        byte[] ledger;
        List<Map<String, Object>> before;
        try (RunningStack stack = RunningStack.start(demo, OFFSET, Map.of())) {
            String admin = stack.token(ADMIN);
            ledger = stack.download(8081, "/api/v1/projects.xlsx?sort=name", admin);
            before = asLedgerSays(stack, admin);
        }
        assertTrue(before.size() >= 8, "the demo data has its projects: " + before.size());
        try (RunningStack stack = RunningStack.start(fresh, OFFSET, Map.of(), "--no-demo")) {
            String admin = stack.token(ADMIN);
            assertEquals(0, stack.get(8081, "/api/v1/projects", admin).get("total").asInt(), "a fresh database");
            JsonNode started = stack.post(8081, "/api/v1/imports", admin, new RunningStack.Upload("项目清单.xlsx", ledger), 202);
            String job = "/api/v1/imports/" + started.get("id").asText();
            JsonNode checked = awaitStatus(stack, job, admin, "CHECKED");
            assertEquals(0, checked.get("invalid").asInt(), () -> rows(stack, job, admin));
            assertEquals(before.size(), checked.get("creating").asInt());
            stack.post(8081, job + "/apply", admin, Map.of(), 202);
            awaitStatus(stack, job, admin, "IMPORTED");
            assertEquals(before, asLedgerSays(stack, admin));
        }
    }

    private static JsonNode awaitStatus(RunningStack stack, String job, String token, String status) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        JsonNode state = stack.get(8081, job, token);
        while (!state.get("status").asText().equals(status)) {
            assertTrue(Instant.now().isBefore(deadline) && !state.get("status").asText().equals("FAILED"), state::toString);
            Thread.sleep(250);
            state = stack.get(8081, job, token);
        }
        return state;
    }

    private static String rows(RunningStack stack, String job, String token) {
        try {
            return stack.get(8081, job + "/rows?problemsOnly=true", token).toString();
        } catch (Exception e) {
            return e.toString();
        }
    }

    /** Every project, by name, with what a ledger row holds. */
    private static List<Map<String, Object>> asLedgerSays(RunningStack stack, String token) throws Exception {
        List<Map<String, Object>> projects = new java.util.ArrayList<>();
        for (JsonNode item : stack.get(8081, "/api/v1/projects?size=100&sort=name", token).get("items")) {
            String id = item.get("id").asText();
            JsonNode p = stack.get(8081, "/api/v1/projects/" + id, token);
            Map<String, Object> row = new LinkedHashMap<>();
            for (String field : List.of("name", "district", "industry", "categories", "attractionMethod", "totalInvestment",
                    "agreedInvestment", "stage", "remark")) {
                row.put(field, p.get(field).toString());
            }
            row.put("enterprise", p.get("enterprise").get("name").asText() + " " + p.get("enterprise").get("creditCode").asText());
            for (JsonNode milestone : p.get("milestones")) {
                if (DATED.contains(milestone.get("stage").asText())) {
                    row.put(milestone.get("stage").asText(), milestone.get("plannedOn") + " / " + milestone.get("actualOn"));
                }
            }
            RunningStack.Answer team = stack.send(8081, "/api/v1/projects/" + id + "/team", token, null);
            row.put("team", team.status() == 200 ? team.json().get("chief").asText() + " / " + team.json().get("leaderInCharge").asText() : "none");
            projects.add(row);
        }
        return projects;
    }
}
