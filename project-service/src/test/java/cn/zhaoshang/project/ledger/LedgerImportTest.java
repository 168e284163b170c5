package cn.zhaoshang.project.ledger;

import cn.zhaoshang.project.ProjectFixtures;
import cn.zhaoshang.testsupport.RealInfrastructure;
import cn.zhaoshang.testsupport.TestTokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbookType;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "project_service"))
class LedgerImportTest {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final List<String> HEADERS = List.of("项目名称", "企业名称", "统一社会信用代码", "所属县区/园区", "产业类别", "项目类别",
            "招引方式", "总投资（万元）", "协议投资（万元）", "项目阶段", "实际签约日期", "计划开工日期", "实际开工日期", "项目长（账号）",
            "包联领导（账号）", "备注");
    private static final AtomicInteger SEQUENCE = new AtomicInteger((int) (System.nanoTime() % 100000));

    @Inject
    AgroalDataSource dataSource;

    // --- the template --------------------------------------------------------------------------------

    @Test
    void theTemplateHasTheHeadersUnitsAndDropDownListsOfThisSystem() throws Exception {
        byte[] file = given().auth().oauth2(TestTokens.staff("zhang.wei", "etdz")).get("/api/v1/imports/template")
                .then().statusCode(200).contentType(XLSX).extract().asByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            XSSFSheet sheet = workbook.getSheet("项目台账");
            List<String> headers = new ArrayList<>();
            sheet.getRow(1).forEach(cell -> headers.add(cell.getStringCellValue()));
            assertThat(headers).startsWith("项目名称", "企业名称", "统一社会信用代码", "所属县区/园区", "产业类别", "项目类别", "招引方式",
                    "总投资（万元）", "协议投资（万元）").contains("计划投产日期", "实际投产日期", "项目长（账号）", "包联领导（账号）", "备注");
            assertThat(sheet.getDataValidations()).hasSize(5);
            XSSFSheet lists = workbook.getSheet("参考数据");
            assertThat(workbook.isSheetHidden(workbook.getSheetIndex(lists))).isTrue();
            List<String> districts = new ArrayList<>();
            lists.forEach(row -> {
                if (row.getCell(0) != null) {
                    districts.add(row.getCell(0).getStringCellValue());
                }
            });
            assertThat(districts).contains("淮安经济技术开发区", "涟水县");
            assertThat(workbook.getName("list_STAGE").getRefersToFormula()).isEqualTo("'参考数据'!$E$1:$E$9");
        }
        given().auth().oauth2(TestTokens.enterprise("e", "91320800MA1X2Y3Z4K")).get("/api/v1/imports/template").then().statusCode(403);
    }

    // --- dry run, import, and the same file again --------------------------------------------------------

    @Test
    void aFileIsCheckedRowByRowThenImportedWholeAndTheSameFileAgainChangesNothing() throws Exception {
        String marker = "台账" + SEQUENCE.incrementAndGet();
        String code = newCreditCode();
        Object[] good = {marker + "光伏接线盒项目", marker + "通灵电气", code, "淮安经济技术开发区", "光伏", "工业项目、先进制造业", "产业链招商",
                120000, 120000, "开工", LocalDate.of(2026, 7, 6), LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 20), "li.na",
                "wang.jun", "=HYPERLINK(\"x\")"};
        String wrongCheck = newCreditCode();
        wrongCheck = wrongCheck.substring(0, 17) + (wrongCheck.charAt(17) == '0' ? '1' : '0');
        Object[] bad = {marker + "坏行", marker + "某企业", wrongCheck, "火星区", "光伏", null, null, "一百万", 5, "签约",
                LocalDate.of(2026, 9, 1), null, LocalDate.of(2026, 8, 1), "li.na", null, null};
        String staff = TestTokens.staff("zhang.wei", "etdz");

        String first = upload(xlsx(good, bad), "项目台账.xlsx", staff).then().statusCode(202).extract().path("id");
        JsonPath checked = awaitStatus(first, "CHECKED", staff);
        assertThat(checked.getInt("rowsTotal")).isEqualTo(2);
        assertThat(checked.getInt("creating")).isEqualTo(1);
        assertThat(checked.getInt("invalid")).isEqualTo(1);
        JsonPath problems = given().auth().oauth2(staff).get("/api/v1/imports/" + first + "/rows?problemsOnly=true").then().statusCode(200).extract().jsonPath();
        List<String> sentences = problems.getList("items[0].problems.sentence");
        assertThat(sentences).as(sentences.toString())
                .anyMatch(s -> s.startsWith("第5行 C列（统一社会信用代码）：") && s.contains("校验位"))
                .anyMatch(s -> s.startsWith("第5行 D列（所属县区/园区）：没有名为「火星区」"))
                .anyMatch(s -> s.startsWith("第5行 H列（总投资（万元））：「一百万」不是金额"))
                .anyMatch(s -> s.startsWith("第5行 M列（实际开工日期）：日期顺序不对"))
                .anyMatch(s -> s.startsWith("第5行 J列（项目阶段）：阶段为「签约」"))
                .anyMatch(s -> s.startsWith("第5行 O列（包联领导（账号））："));
        given().auth().oauth2(staff).post("/api/v1/imports/" + first + "/apply").then().statusCode(409)
                .contentType("application/problem+json");
        assertThat(projectCount(marker)).isZero();

        // fixed: the bad row removed
        byte[] fixed = xlsx(good);
        String second = upload(fixed, "项目台账.xlsx", staff).then().statusCode(202).extract().path("id");
        awaitStatus(second, "CHECKED", staff);
        given().auth().oauth2(staff).post("/api/v1/imports/" + second + "/apply").then().statusCode(202);
        JsonPath imported = awaitStatus(second, "IMPORTED", staff);
        assertThat(imported.getInt("creating")).isEqualTo(1);
        String projectId = given().auth().oauth2(staff).get("/api/v1/imports/" + second + "/rows").then().extract().path("items[0].projectId");
        JsonPath project = given().auth().oauth2(staff).get("/api/v1/projects/" + projectId).then().statusCode(200).extract().jsonPath();
        assertThat(project.getString("stage")).isEqualTo("CONSTRUCTION_STARTED");
        assertThat(project.getString("district")).isEqualTo("etdz");
        assertThat(project.getList("categories")).containsExactly("ADVANCED_MANUFACTURING", "INDUSTRIAL");
        assertThat(project.getString("remark")).isEqualTo("=HYPERLINK(\"x\")");
        assertThat(project.getString("milestones.find { it.stage == 'SIGNED' }.actualOn")).isEqualTo("2026-07-06");
        assertThat(project.getString("milestones.find { it.stage == 'CONSTRUCTION_STARTED' }.actualOn")).isEqualTo("2026-09-20");
        assertThat(project.getString("milestones.find { it.stage == 'CONSTRUCTION_STARTED' }.plannedOn")).isEqualTo("2026-09-01");
        List<String> history = given().auth().oauth2(staff).get("/api/v1/projects/" + projectId + "/history").then().statusCode(200)
                .extract().path("to");
        assertThat(history).containsExactly("CONSTRUCTION_STARTED");
        assertThat(given().auth().oauth2(staff).get("/api/v1/projects/" + projectId + "/team").then().statusCode(200)
                .extract().<String>path("chief")).isEqualTo("li.na");
        assertThat(eventTypes(projectId)).containsExactly("project.registered");
        long version = project.getLong("version");

        String third = upload(fixed, "项目台账（再次）.xlsx", staff).then().statusCode(202).extract().path("id");
        assertThat(awaitStatus(third, "CHECKED", staff).getInt("unchanged")).isEqualTo(1);
        given().auth().oauth2(staff).post("/api/v1/imports/" + third + "/apply").then().statusCode(202);
        assertThat(awaitStatus(third, "IMPORTED", staff).getInt("creating")).isZero();
        assertThat(projectCount(marker)).isEqualTo(1);
        assertThat(eventTypes(projectId)).containsExactly("project.registered");
        assertThat(given().auth().oauth2(staff).get("/api/v1/projects/" + projectId).then().extract().<Integer>path("version")).isEqualTo((int) version);
        given().auth().oauth2(staff).post("/api/v1/imports/" + third + "/apply").then().statusCode(409);

        // a later ledger moves the project on and changes an amount: one update event
        Object[] later = good.clone();
        later[7] = 125000;
        later[9] = "竣工";
        later[1] = marker + "通灵电气有限公司"; // the enterprise under another name: noted, the registered name kept
        String fourth = upload(xlsx(HEADERS_WITH_COMPLETION, append(later, LocalDate.of(2026, 11, 30))), "项目台账.xlsx", staff)
                .then().statusCode(202).extract().path("id");
        assertThat(awaitStatus(fourth, "CHECKED", staff).getInt("updating")).isEqualTo(1);
        assertThat(given().auth().oauth2(staff).get("/api/v1/imports/" + fourth + "/rows").then().extract().<String>path("items[0].notes[0]"))
                .contains("已登记为「" + marker + "通灵电气」");
        given().auth().oauth2(staff).post("/api/v1/imports/" + fourth + "/apply").then().statusCode(202);
        awaitStatus(fourth, "IMPORTED", staff);
        JsonPath moved = given().auth().oauth2(staff).get("/api/v1/projects/" + projectId).then().extract().jsonPath();
        assertThat(moved.getString("stage")).isEqualTo("COMPLETED");
        assertThat(moved.getDouble("totalInvestment")).isEqualTo(125000.0);
        assertThat(eventTypes(projectId)).containsExactly("project.registered", "project.updated");

        // another staff member, and another district's staff, do not see the job
        given().auth().oauth2(TestTokens.staff("li.na", "etdz")).get("/api/v1/imports/" + fourth).then().statusCode(404);
        given().auth().oauth2(TestTokens.admin()).get("/api/v1/imports/" + fourth).then().statusCode(200);
    }

    private static final List<String> HEADERS_WITH_COMPLETION = concat(HEADERS, "实际竣工日期");

    @Test
    void aDistrictsStaffImportsOnlyTheirDistrictsRows() throws Exception {
        String marker = "县区" + SEQUENCE.incrementAndGet();
        Object[] elsewhere = {marker + "项目", marker + "企业", newCreditCode(), "涟水县", "光伏", null, null, 100, 100, null, null,
                null, null, null, null, null};
        String staff = TestTokens.staff("zhang.wei", "etdz");
        String id = upload(xlsx(elsewhere), "ledger.xlsx", staff).then().statusCode(202).extract().path("id");
        assertThat(awaitStatus(id, "CHECKED", staff).getInt("invalid")).isEqualTo(1);
        assertThat(given().auth().oauth2(staff).get("/api/v1/imports/" + id + "/rows").then().extract().<String>path("items[0].problems[0].message"))
                .contains("您只能导入本县区（etdz）的项目");
    }

    // --- CSV as offices save it ------------------------------------------------------------------------

    @Test
    void csvInGbkAndInUtf8WithBomBothRead() throws Exception {
        for (Charset charset : List.of(Charset.forName("GBK"), StandardCharsets.UTF_8)) {
            String marker = "CSV" + SEQUENCE.incrementAndGet();
            String csv = "项目名称,企业名称,统一社会信用代码,所属县区/园区,产业类别,总投资（万元）,协议投资（万元）,项目阶段,实际签约日期\r\n"
                    + marker + "项目,\"" + marker + "企业，有限公司\"," + newCreditCode() + ",淮安经济技术开发区,光伏,\"3,500.50\",3500,签约,2026年7月6日\r\n";
            byte[] bytes = charset == StandardCharsets.UTF_8 ? concat(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, csv.getBytes(charset))
                    : csv.getBytes(charset);
            String admin = TestTokens.admin();
            String id = upload(bytes, "台账.csv", admin).then().statusCode(202).extract().path("id");
            JsonPath job = awaitStatus(id, "CHECKED", admin);
            assertThat(job.getString("format")).isEqualTo("CSV");
            assertThat(job.getInt("creating")).as(charset + " " + job.prettify()).isEqualTo(1);
            given().auth().oauth2(admin).post("/api/v1/imports/" + id + "/apply").then().statusCode(202);
            awaitStatus(id, "IMPORTED", admin);
            JsonPath list = given().auth().oauth2(admin).get("/api/v1/projects?q=" + marker).then().extract().jsonPath();
            assertThat(list.getString("items[0].enterpriseName")).isEqualTo(marker + "企业，有限公司");
            assertThat(list.getDouble("items[0].totalInvestment")).isEqualTo(3500.50);
        }
    }

    // --- hostile files: a clear 4xx, nothing stored -----------------------------------------------------------

    @Test
    void hostileFilesAreRefusedWithAProblemAndNothingIsKept() throws Exception {
        String admin = TestTokens.admin();
        long before = jobCount();
        refused(new byte[]{(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1}, "photo.xlsx", 415, "不是表格");
        refused(macroWorkbook(), "ledger.xlsx", 415, "启用宏");
        refused(xlsx(sampleRow()), "ledger.xlsm", 415, "启用宏");
        refused(encrypted(xlsx(sampleRow())), "ledger.xlsx", 415, "密码");
        refused(oldXls(), "ledger.xls", 415, ".xls");
        refused(zipBomb(), "bomb.xlsx", 413, "压缩炸弹");
        refused(millionEmptyRows(), "empty.csv", 400, "没有数据行");
        refused(mixedEncodings(), "mixed.csv", 400, "混用了两种编码");
        refused("just some words\nwithout a header\n".getBytes(StandardCharsets.UTF_8), "notes.csv", 400, "表头");
        refused(java.util.Arrays.copyOf(xlsx(sampleRow()), 300), "cut.xlsx", 0, "");
        refused(new byte[0], "empty.xlsx", 400, "空");
        given().auth().oauth2(admin).contentType("application/json").body("{}").post("/api/v1/imports").then()
                .statusCode(415);
        assertThat(jobCount()).isEqualTo(before);
    }

    @Test
    void formulasWithoutResultsAndOverlongCellsAreRowProblems() throws Exception {
        byte[] file;
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = workbook.createSheet("台账");
            header(sheet.createRow(0));
            Row row = sheet.createRow(1);
            fill(row, sampleRow());
            row.getCell(0).setCellValue("长".repeat(201));
            Row formula = sheet.createRow(2);
            fill(formula, sampleRow());
            formula.getCell(7).setCellFormula("SUM(1,2)");
            Row cached = sheet.createRow(3);
            fill(cached, sampleRow());
            cached.getCell(7).setCellFormula("1000+500"); // a formula with its result: the result is taken
            cached.getCell(7).setCellValue(1500);
            cached.getCell(8).setCellValue(1500);
            workbook.write(out);
            // as a program that does not calculate saves it: the first formula without a cached result
            file = rewriteSheet(out.toByteArray(), xml -> xml.replaceFirst("(<f>SUM\\(1,2\\)</f>)<v>[^<]*</v>", "$1"));
        }
        String admin = TestTokens.admin();
        String id = upload(file, "ledger.xlsx", admin).then().statusCode(202).extract().path("id");
        JsonPath job = awaitStatus(id, "CHECKED", admin);
        assertThat(job.getInt("invalid")).isEqualTo(2);
        assertThat(job.getInt("creating")).isEqualTo(1);
        List<String> sentences = given().auth().oauth2(admin).get("/api/v1/imports/" + id + "/rows?problemsOnly=true")
                .then().extract().path("items.problems.sentence.flatten()");
        assertThat(sentences).contains("第2行 A列（项目名称）：超过200个字（现有201个）", "第3行 H列（总投资（万元））：公式没有计算结果；请在 Excel 中打开并保存，或粘贴为数值");
    }

    @Test
    void aJobLeftBehindByAWorkerThatDiedIsTakenUpAgain() throws Exception {
        String admin = TestTokens.admin();
        String id = upload(xlsx(sampleRow()), "ledger.xlsx", admin).then().statusCode(202).extract().path("id");
        awaitStatus(id, "CHECKED", admin);
        // as if a replica had claimed the import and died a minute ago, its transaction rolled back
        try (Connection c = dataSource.getConnection();
             PreparedStatement update = c.prepareStatement("update ledger_import set status = 'IMPORTING', rows_done = 1,"
                     + " heartbeat_at = now() - interval '10 minutes' where id = ?")) {
            update.setObject(1, UUID.fromString(id));
            update.executeUpdate();
        }
        assertThat(awaitStatus(id, "IMPORTED", admin).getInt("creating")).isEqualTo(1);
    }

    // --- helpers ------------------------------------------------------------------------------------------

    private void refused(byte[] file, String name, int status, String words) {
        Response answer = upload(file, name, TestTokens.admin());
        if (status == 0) {
            assertThat(answer.statusCode()).as(answer.asString()).isBetween(400, 499);
        } else {
            assertThat(answer.statusCode()).as(name + ": " + answer.asString()).isEqualTo(status);
        }
        answer.then().contentType("application/problem+json");
        assertThat(answer.jsonPath().getString("detail")).contains(words);
    }

    static Response upload(byte[] file, String name, String token) {
        return given().auth().oauth2(token).multiPart("file", name, file, "application/octet-stream").post("/api/v1/imports");
    }

    static JsonPath awaitStatus(String id, String status, String token) {
        JsonPath[] last = {null};
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> {
            last[0] = given().auth().oauth2(token).get("/api/v1/imports/" + id).then().statusCode(200).extract().jsonPath();
            return status.equals(last[0].getString("status"));
        });
        return last[0];
    }

    private Object[] sampleRow() {
        return new Object[]{"样例项目" + SEQUENCE.incrementAndGet(), "样例企业", newCreditCode(), "etdz", "photovoltaic", null, null,
                1000, 1000, null, null, null, null, null, null, null};
    }

    static byte[] xlsx(Object[]... rows) throws Exception {
        return xlsx(HEADERS, rows);
    }

    static byte[] xlsx(List<String> headers, Object[]... rows) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = workbook.createSheet("台账");
            sheet.createRow(0).createCell(0).setCellValue("某某区项目台账（2026年）");
            Row header = sheet.createRow(1);
            for (int i = 0; i < headers.size(); i++) {
                header.createCell(i).setCellValue(headers.get(i));
            }
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy/m/d"));
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r + 3); // an empty row between header and data
                for (int i = 0; i < rows[r].length; i++) {
                    Object value = rows[r][i];
                    if (value instanceof Number n) {
                        row.createCell(i).setCellValue(n.doubleValue());
                    } else if (value instanceof LocalDate d) {
                        row.createCell(i).setCellValue(d);
                        row.getCell(i).setCellStyle(date);
                    } else if (value != null) {
                        row.createCell(i).setCellValue(value.toString());
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static void header(Row row) {
        for (int i = 0; i < HEADERS.size(); i++) {
            row.createCell(i).setCellValue(HEADERS.get(i));
        }
    }

    private static void fill(Row row, Object[] values) {
        for (int i = 0; i < values.length; i++) {
            if (values[i] instanceof Number n) {
                row.createCell(i).setCellValue(n.doubleValue());
            } else {
                row.createCell(i).setCellValue(values[i] == null ? "" : values[i].toString());
            }
        }
    }

    private byte[] macroWorkbook() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(XSSFWorkbookType.XLSM); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            header(workbook.createSheet("台账").createRow(0));
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static byte[] encrypted(byte[] xlsx) throws Exception {
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword("招商123");
            try (OutputStream os = encryptor.getDataStream(fs)) {
                os.write(xlsx);
            }
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }

    private static byte[] oldXls() throws Exception {
        try (HSSFWorkbook workbook = new HSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            header(workbook.createSheet("台账").createRow(0));
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static byte[] rewriteSheet(byte[] xlsx, java.util.function.UnaryOperator<String> edit) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (var in = new java.util.zip.ZipInputStream(new ByteArrayInputStream(xlsx)); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                zip.putNextEntry(new ZipEntry(entry.getName()));
                byte[] content = in.readAllBytes();
                zip.write(entry.getName().equals("xl/worksheets/sheet1.xml")
                        ? edit.apply(new String(content, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8) : content);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    /** A valid workbook whose sheet, after a real header, inflates from a few hundred KB to 200 MB of one repeated row. */
    private static byte[] zipBomb() throws Exception {
        byte[] valid = xlsx();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (var in = new java.util.zip.ZipInputStream(new ByteArrayInputStream(valid)); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                zip.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    zip.write("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row>".getBytes(StandardCharsets.UTF_8));
                    for (String header : HEADERS) {
                        zip.write(("<c t=\"inlineStr\"><is><t>" + header + "</t></is></c>").getBytes(StandardCharsets.UTF_8));
                    }
                    zip.write("</row>".getBytes(StandardCharsets.UTF_8));
                    byte[] row = ("<row><c t=\"inlineStr\"><is><t>" + "x".repeat(10_000) + "</t></is></c></row>").getBytes(StandardCharsets.UTF_8);
                    for (int i = 0; i < 20_000; i++) {
                        zip.write(row);
                    }
                    zip.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
                } else {
                    zip.write(in.readAllBytes());
                }
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static byte[] millionEmptyRows() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes((String.join(",", HEADERS) + "\n").getBytes(StandardCharsets.UTF_8));
        byte[] empty = ",,,,,,,,,,,,,,,\n".getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < 1_000_000; i++) {
            out.writeBytes(empty);
        }
        return out.toByteArray();
    }

    private static byte[] mixedEncodings() {
        return concat((String.join(",", HEADERS) + "\n").getBytes(StandardCharsets.UTF_8),
                "样例项目,样例企业,x,淮安经济技术开发区,光伏,,,1,1\n".getBytes(Charset.forName("GBK")));
    }

    private long projectCount(String marker) {
        return given().auth().oauth2(TestTokens.admin()).get("/api/v1/projects?q=" + marker).then().extract().<Integer>path("total");
    }

    private long jobCount() throws Exception {
        try (Connection c = dataSource.getConnection(); ResultSet rs = c.createStatement().executeQuery("select count(*) from ledger_import")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private List<String> eventTypes(String projectId) throws Exception {
        List<String> types = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement select = c.prepareStatement("select type from outbox_event where aggregate_id = ? order by seq")) {
            select.setString(1, projectId);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    types.add(rs.getString(1));
                }
            }
        }
        return types;
    }

    static String newCreditCode() {
        return ProjectFixtures.newCreditCode();
    }

    private static List<String> concat(List<String> list, String more) {
        List<String> all = new ArrayList<>(list);
        all.add(more);
        return all;
    }

    private static Object[] append(Object[] row, Object more) {
        Object[] all = java.util.Arrays.copyOf(row, row.length + 1);
        all[row.length] = more;
        return all;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
