package cn.zhaoshang.assist.stats;

import cn.zhaoshang.testsupport.MovableClock;
import cn.zhaoshang.testsupport.RealInfrastructure;
import cn.zhaoshang.testsupport.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import java.io.ByteArrayInputStream;

import static cn.zhaoshang.assist.ticket.TicketFixtures.TONGLING;
import static cn.zhaoshang.assist.ticket.TicketFixtures.knownProject;
import static cn.zhaoshang.assist.ticket.TicketFixtures.submit;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** Statistics over tickets with known times (a movable clock), in a district of their own. */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "assist_service"))
class TicketStatsTest {

    /** Monday 7 December 2026, 09:00 in Shanghai. */
    private static final Instant MONDAY_09_00 = Instant.parse("2026-12-07T01:00:00Z");

    @Inject
    MovableClock clock;

    @AfterEach
    void realTimeAgain() {
        clock.reset();
    }

    @Test
    void countsRatesTimesAndDepartmentWaitsPerDistrictAndCategory() throws Exception {
        String district = "d" + UUID.randomUUID().toString().substring(0, 8);
        UUID projectId = knownProject("LAND_ACQUIRED", district);
        String enterprise = TestTokens.enterprise("tl", TONGLING);
        String member = TestTokens.staff("zhang.wei", null);
        clock.set(MONDAY_09_00);
        String fast = submit(projectId, enterprise, "STAFFING", "NORMAL");
        String slow = submit(projectId, enterprise, "LAND", "NORMAL");
        submit(projectId, enterprise, "LAND", "NORMAL"); // never answered

        clock.advance(Duration.ofHours(1)); // answered after 1 working hour, within the 4 h limit
        act(member, fast, "accept", Map.of());
        act(member, slow, "accept", Map.of());
        act(member, slow, "pause", Map.of("waitingOn", "DEPARTMENT", "department", "供电公司", "reason", "等待迁改方案"));
        clock.advance(Duration.ofHours(1));
        act(member, fast, "resolve", Map.of("resolution", "已对接人社局招聘会"));
        act(enterprise, fast, "confirm", Map.of("rating", 4));
        clock.set(Instant.parse("2026-12-11T01:00:00Z")); // Friday 09:00: the department sat on it past its 3-day limit

        JsonPath byDistrict = stats(TestTokens.supervisor("sup", district), "district");
        assertThat(byDistrict.getList("groups")).hasSize(1);
        assertThat(byDistrict.getString("groups[0].key")).isEqualTo(district);
        assertThat(byDistrict.getInt("groups[0].opened")).isEqualTo(3);
        assertThat(byDistrict.getInt("groups[0].resolved")).isEqualTo(1);
        assertThat(byDistrict.getInt("groups[0].openNow")).isEqualTo(2);
        assertThat(byDistrict.getInt("groups[0].overdueNow")).isEqualTo(1); // the paused one does not count against the team
        assertThat(byDistrict.getDouble("groups[0].responseOnTimeRate")).isEqualTo(0.667); // 2 in time, 1 breached
        assertThat(byDistrict.getDouble("groups[0].resolutionOnTimeRate")).isEqualTo(1.0);
        assertThat(byDistrict.getDouble("groups[0].meanResponseHours")).isEqualTo(1.0);
        assertThat(byDistrict.getDouble("groups[0].meanResolutionHours")).isEqualTo(2.0);
        assertThat(byDistrict.getDouble("groups[0].meanSatisfaction")).isEqualTo(4.0);
        assertThat(byDistrict.getDouble("groups[0].reopenRate")).isEqualTo(0.0);
        assertThat(byDistrict.getString("departmentWaits[0].department")).isEqualTo("供电公司");
        assertThat(byDistrict.getInt("departmentWaits[0].openNow")).isEqualTo(1);
        assertThat(byDistrict.getInt("departmentWaits[0].overdue")).isEqualTo(1);
        assertThat(byDistrict.getInt("total.opened")).isEqualTo(3);

        JsonPath byCategory = stats(TestTokens.supervisor("sup", district), "category");
        assertThat(byCategory.getList("groups.label")).containsExactlyInAnyOrder("用人用工", "用地");
        assertThat(stats(TestTokens.supervisor("sup", "elsewhere"), "district").getList("groups")).isEmpty();
        assertThat(stats(TestTokens.admin(), "team").getList("groups.key")).contains(projectId.toString());

        // the same figures as .xlsx, by Accept and by the .xlsx path, read back cell by cell
        String supervisor = TestTokens.supervisor("sup", district);
        byte[] byAccept = given().auth().oauth2(supervisor).accept(XLSX).queryParam("groupBy", "district").queryParam("from", "2026-12-01")
                .queryParam("to", "2026-12-31").get("/api/v1/stats/tickets").then().statusCode(200).contentType(XLSX).extract().asByteArray();
        byte[] byPath = given().auth().oauth2(supervisor).queryParam("groupBy", "district").queryParam("from", "2026-12-01")
                .queryParam("to", "2026-12-31").get("/api/v1/stats/tickets.xlsx").then().statusCode(200).contentType(XLSX).extract().asByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(byAccept));
             XSSFWorkbook again = new XSSFWorkbook(new ByteArrayInputStream(byPath))) {
            DataFormatter shown = new DataFormatter();
            XSSFSheet groups = workbook.getSheet("诉求统计");
            assertThat(groups.getRow(0).getCell(0).getStringCellValue()).startsWith("帮办诉求统计（按县区，2026年12月1日至2026年12月31日提交的诉求");
            assertThat(groups.getRow(1).getCell(5).getStringCellValue()).isEqualTo("按时响应率");
            var row = groups.getRow(2);
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo(byDistrict.getString("groups[0].label"));
            assertThat(shown.formatCellValue(row.getCell(1))).isEqualTo("3");
            assertThat(shown.formatCellValue(row.getCell(4))).isEqualTo("1");
            assertThat(shown.formatCellValue(row.getCell(5))).isEqualTo("66.70%");
            assertThat(shown.formatCellValue(row.getCell(6))).isEqualTo("100.00%");
            assertThat(shown.formatCellValue(row.getCell(7))).isEqualTo("1.00");
            assertThat(shown.formatCellValue(row.getCell(12))).isEqualTo("4.00");
            assertThat(groups.getRow(3).getCell(0).getStringCellValue()).isEqualTo("合计");
            assertThat(shown.formatCellValue(groups.getRow(3).getCell(1))).isEqualTo("3");
            XSSFSheet waits = workbook.getSheet("部门等待");
            assertThat(waits.getRow(2).getCell(0).getStringCellValue()).isEqualTo("供电公司");
            assertThat(shown.formatCellValue(waits.getRow(2).getCell(3))).isEqualTo("1");
            assertThat(shown.formatCellValue(again.getSheet("诉求统计").getRow(2).getCell(5))).isEqualTo("66.70%");
        }
        given().auth().oauth2(TestTokens.staff("zhang.wei", "etdz")).get("/api/v1/stats/tickets.xlsx").then().statusCode(403);
    }

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Test
    void onlySupervisorsAndAdminsReadStatisticsAndBadQueriesAreNamed() {
        given().auth().oauth2(TestTokens.staff("zhang.wei", "etdz")).get("/api/v1/stats/tickets").then().statusCode(403);
        given().auth().oauth2(TestTokens.enterprise("tl", TONGLING)).get("/api/v1/stats/tickets").then().statusCode(403);
        given().auth().oauth2(TestTokens.admin()).queryParam("groupBy", "mood").get("/api/v1/stats/tickets").then().statusCode(400)
                .contentType("application/problem+json");
        given().auth().oauth2(TestTokens.admin()).queryParam("from", "2026-02-30").get("/api/v1/stats/tickets").then().statusCode(400);
        given().auth().oauth2(TestTokens.admin()).queryParam("from", "2026-12-02").queryParam("to", "2026-12-01")
                .get("/api/v1/stats/tickets").then().statusCode(400);
    }

    private static void act(String token, String id, String action, Map<String, Object> body) {
        given().auth().oauth2(token).contentType("application/json").body(body)
                .post("/api/v1/tickets/" + id + "/" + action).then().statusCode(200);
    }

    private static JsonPath stats(String token, String groupBy) {
        return given().auth().oauth2(token).queryParam("groupBy", groupBy).queryParam("from", "2026-12-01").queryParam("to", "2026-12-31")
                .get("/api/v1/stats/tickets").then().statusCode(200).extract().jsonPath();
    }
}
