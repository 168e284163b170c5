package cn.zhaoshang.project.ledger;

import cn.zhaoshang.testsupport.RealInfrastructure;
import cn.zhaoshang.testsupport.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static cn.zhaoshang.project.ledger.LedgerImportTest.XLSX;
import static cn.zhaoshang.project.ledger.LedgerImportTest.awaitStatus;
import static cn.zhaoshang.project.ledger.LedgerImportTest.upload;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "project_service"))
class LedgerExportTest {

    @Test
    void theProjectListExportsAsTheLedgerAndImportsBackAsTheSameProjects() throws Exception {
        String marker = "导出" + System.nanoTime() % 100000;
        String admin = TestTokens.admin();
        Object[] first = {marker + "光伏接线盒项目", marker + "通灵电气", LedgerImportTest.newCreditCode(), "淮安经济技术开发区", "光伏",
                "工业项目", "产业链招商", 120000.5, 120000, "开工", LocalDate.of(2026, 7, 6), LocalDate.of(2026, 9, 1),
                LocalDate.of(2026, 9, 20), "li.na", "wang.jun", "=1+1 看起来像公式"};
        Object[] second = {marker + "储能项目", marker + "某储能", LedgerImportTest.newCreditCode(), "涟水县", "储能", null, null, 3000, 2500,
                "在谈", null, null, null, null, null, null};
        String id = upload(LedgerImportTest.xlsx(first, second), "seed.xlsx", admin).then().statusCode(202).extract().path("id");
        awaitStatus(id, "CHECKED", admin);
        given().auth().oauth2(admin).post("/api/v1/imports/" + id + "/apply").then().statusCode(202);
        awaitStatus(id, "IMPORTED", admin);
        List<Map<String, Object>> before = projects(marker, admin);
        assertThat(before).hasSize(2);

        byte[] export = given().auth().oauth2(admin).accept(XLSX).get("/api/v1/projects?q=" + marker + "&sort=name")
                .then().statusCode(200).contentType(XLSX).header("Content-Disposition", org.hamcrest.Matchers.containsString("filename*=UTF-8''"))
                .extract().asByteArray();
        byte[] byPath = given().auth().oauth2(admin).get("/api/v1/projects.xlsx?q=" + marker + "&sort=name").then().statusCode(200).extract().asByteArray();
        assertThat(rows(byPath)).isEqualTo(rows(export));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export))) {
            XSSFSheet sheet = workbook.getSheet("项目清单");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).startsWith("项目清单　范围：全市　筛选：搜索：" + marker).contains("（北京时间）");
            assertThat(sheet.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) 2);
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).startsWith("A2:");
            Map<String, Integer> column = new HashMap<>();
            sheet.getRow(1).forEach(cell -> column.put(cell.getStringCellValue(), cell.getColumnIndex()));
            XSSFRow solar = sheet.getRow(2).getCell(0).getStringCellValue().contains("光伏") ? sheet.getRow(2) : sheet.getRow(3);
            DataFormatter shown = new DataFormatter();
            assertThat(solar.getCell(column.get("所属县区/园区")).getStringCellValue()).isEqualTo("淮安经济技术开发区");
            assertThat(shown.formatCellValue(solar.getCell(column.get("总投资（万元）")))).isEqualTo("120,000.50");
            assertThat(solar.getCell(column.get("实际开工日期")).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 9, 20));
            assertThat(solar.getCell(column.get("项目阶段")).getStringCellValue()).isEqualTo("开工");
            assertThat(solar.getCell(column.get("备注")).getStringCellValue()).isEqualTo("=1+1 看起来像公式");
            assertThat(solar.getCell(column.get("备注")).getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(solar.getCell(column.get("项目等级")).getStringCellValue()).isNotBlank();
        }

        // the projects removed, as in a fresh database, then the export imported
        deleteProjects(marker);
        assertThat(projects(marker, admin)).isEmpty();
        String back = upload(export, "项目清单.xlsx", admin).then().statusCode(202).extract().path("id");
        assertThat(awaitStatus(back, "CHECKED", admin).getInt("creating")).isEqualTo(2);
        given().auth().oauth2(admin).post("/api/v1/imports/" + back + "/apply").then().statusCode(202);
        awaitStatus(back, "IMPORTED", admin);
        assertThat(withoutIds(projects(marker, admin))).isEqualTo(withoutIds(before));
    }

    @Test
    void anEnterpriseExportsOnlyItsOwnProjects() throws Exception {
        String marker = "企业导出" + System.nanoTime() % 100000;
        String admin = TestTokens.admin();
        String mine = LedgerImportTest.newCreditCode();
        Object[] own = {marker + "甲项目", marker + "甲企业", mine, "etdz", "photovoltaic", null, null, 100, 100, null, null, null, null, null, null, null};
        Object[] other = {marker + "乙项目", marker + "乙企业", LedgerImportTest.newCreditCode(), "etdz", "photovoltaic", null, null, 100, 100, null, null, null, null, null, null, null};
        String id = upload(LedgerImportTest.xlsx(own, other), "seed.xlsx", admin).then().statusCode(202).extract().path("id");
        awaitStatus(id, "CHECKED", admin);
        given().auth().oauth2(admin).post("/api/v1/imports/" + id + "/apply").then().statusCode(202);
        awaitStatus(id, "IMPORTED", admin);
        byte[] file = given().auth().oauth2(TestTokens.enterprise("jia", mine)).get("/api/v1/projects.xlsx?q=" + marker).then().statusCode(200).extract().asByteArray();
        List<List<String>> rows = rows(file);
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).get(0)).isEqualTo(marker + "甲项目");
        // JSON stays the default, for clients that accept anything
        given().auth().oauth2(admin).accept("*/*").get("/api/v1/projects?q=" + marker).then().statusCode(200).contentType("application/json");
    }

    @Test
    void theProgressReportExportsWithRanksAndWordsForAheadOrBehind() throws Exception {
        String admin = TestTokens.admin();
        given().auth().oauth2(admin).contentType("application/json")
                .body(Map.of("targets", List.of(Map.of("metric", "SIGNED_COUNT", "value", "40"), Map.of("metric", "SIGNED_AMOUNT", "value", "800000"))))
                .put("/api/v1/targets/2026/xuyi").then().statusCode(200);
        JsonPath json = given().auth().oauth2(admin).get("/api/v1/stats/progress?year=2026&asOf=2026-11-30").then().statusCode(200).extract().jsonPath();
        byte[] file = given().auth().oauth2(admin).accept(XLSX).get("/api/v1/stats/progress?year=2026&asOf=2026-11-30").then()
                .statusCode(200).contentType(XLSX).extract().asByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            XSSFSheet sheet = workbook.getSheet("序时进度");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).startsWith("2026年各县区目标完成及序时进度（按已结束月份计，截至2026年11月30日）");
            List<List<String>> rows = rows(file);
            int targets = json.getList("districts.targets.flatten()").size();
            assertThat(rows).hasSize(targets);
            List<String> xuyi = rows.stream().filter(r -> r.get(0).equals("盱眙县") && r.get(1).equals("签约项目数")).findFirst().orElseThrow();
            assertThat(xuyi.get(3)).isEqualTo("40"); // a count, not 万元
            assertThat(xuyi.get(10)).isIn("领先序时", "落后序时");
            assertThat(xuyi.get(11)).matches("\\d+/\\d+");
            List<String> amount = rows.stream().filter(r -> r.get(0).equals("盱眙县") && r.get(1).equals("协议引资额")).findFirst().orElseThrow();
            assertThat(amount.get(3)).isEqualTo("800,000.00");
        }
        given().auth().oauth2(TestTokens.enterprise("e", LedgerImportTest.newCreditCode())).get("/api/v1/stats/progress.xlsx?year=2026").then().statusCode(403);
    }

    /** Data rows (from the third) as a person sees the cells. */
    static List<List<String>> rows(byte[] file) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        DataFormatter shown = new DataFormatter();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            int columns = sheet.getRow(1).getLastCellNum();
            for (int r = 2; r <= sheet.getLastRowNum(); r++) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < columns; c++) {
                    cells.add(sheet.getRow(r).getCell(c) == null ? "" : shown.formatCellValue(sheet.getRow(r).getCell(c)));
                }
                rows.add(cells);
            }
        }
        return rows;
    }

    private static List<Map<String, Object>> projects(String marker, String token) {
        List<Map<String, Object>> full = new ArrayList<>();
        List<String> ids = given().auth().oauth2(token).get("/api/v1/projects?size=100&sort=name&q=" + marker).then().extract().path("items.id");
        for (String id : ids) {
            Map<String, Object> project = given().auth().oauth2(token).get("/api/v1/projects/" + id).then().extract().path("");
            Map<String, Object> team = given().auth().oauth2(token).get("/api/v1/projects/" + id + "/team").then().extract().statusCode() == 200
                    ? given().auth().oauth2(token).get("/api/v1/projects/" + id + "/team").then().extract().path("") : Map.of();
            project.put("teamChief", team.get("chief"));
            project.put("teamLeader", team.get("leaderInCharge"));
            full.add(project);
        }
        return full;
    }

    /** What an import cannot keep: ids, versions, times of registration and change. */
    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> withoutIds(List<Map<String, Object>> projects) {
        List<Map<String, Object>> kept = new ArrayList<>();
        for (Map<String, Object> p : projects) {
            Map<String, Object> copy = new HashMap<>(p);
            copy.keySet().removeAll(List.of("id", "version", "enterprise", "createdAt", "updatedAt", "createdBy"));
            Map<String, Object> enterprise = new HashMap<>((Map<String, Object>) p.get("enterprise"));
            enterprise.remove("id");
            copy.put("enterprise", enterprise);
            if (p.get("team") instanceof Map<?, ?> team) {
                Map<Object, Object> teamCopy = new HashMap<>(team);
                teamCopy.keySet().removeAll(List.of("projectId", "updatedAt", "updatedBy"));
                copy.put("team", teamCopy);
            }
            kept.add(copy);
        }
        return kept;
    }

    @jakarta.inject.Inject
    io.agroal.api.AgroalDataSource dataSource;

    private void deleteProjects(String marker) throws Exception {
        try (var c = dataSource.getConnection(); var s = c.createStatement()) {
            String ids = "(select id from project where search_text like '%" + marker.toLowerCase() + "%')";
            s.executeUpdate("delete from ledger_import_row where project_id in " + ids);
            s.executeUpdate("delete from project_transition where project_id in " + ids);
            s.executeUpdate("delete from project_milestone where project_id in " + ids);
            s.executeUpdate("delete from project_team_member where project_id in " + ids);
            s.executeUpdate("delete from project_team where project_id in " + ids);
            String enterprises = "(select enterprise_id from project where search_text like '%" + marker.toLowerCase() + "%')";
            s.executeUpdate("create temporary table gone as select enterprise_id from project where search_text like '%" + marker.toLowerCase() + "%'");
            s.executeUpdate("delete from project where search_text like '%" + marker.toLowerCase() + "%'");
            s.executeUpdate("delete from enterprise where id in (select enterprise_id from gone)");
            s.executeUpdate("drop table gone");
        }
    }
}
