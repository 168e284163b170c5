package cn.zhaoshang.project.target;

import cn.zhaoshang.testsupport.RealInfrastructure;
import cn.zhaoshang.testsupport.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A small district built by hand (金湖 in 2024, a leap year), whose every progress figure is worked out below
 * from the projects themselves.
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "project_service"))
class ProgressApiTest {

    @Test
    void progressReconcilesWithTheProjectsOfAHandBuiltDistrict() {
        String enterprise = given().auth().oauth2(TestTokens.admin()).contentType("application/json")
                .body(Map.of("name", "金湖测试企业", "creditCode", "91320800MA22MH006X"))
                .post("/api/v1/enterprises").then().statusCode(201).extract().path("id");
        // signed 2024-01-15, 12亿 (major), started 2024-04-02, reports Jan 300 + Apr 700
        String a = project(enterprise, "120000", "2024-01-15", List.of("INDUSTRIAL"));
        move(a, Map.of("to", "LAND_ACQUIRED", "occurredOn", "2024-03-01", "reason", "并联"));
        move(a, Map.of("to", "CONSTRUCTION_STARTED", "occurredOn", "2024-04-02", "recognizedBy", "县重大办"));
        report(a, "2024-01", "300.00");
        report(a, "2024-04", "700.00");
        // signed 2024-02-29, 2亿, agriculture
        project(enterprise, "20000", "2024-02-29", List.of("AGRICULTURE"));
        // signed the year before: not counted
        project(enterprise, "50000", "2023-12-31", List.of("INDUSTRIAL"));

        given().auth().oauth2(TestTokens.admin()).contentType("application/json").body(Map.of("targets", List.of(
                Map.of("metric", "SIGNED_COUNT", "minTier", "YI_1_TO_10", "value", "10"),
                Map.of("metric", "SIGNED_COUNT", "minTier", "YI_10_TO_50", "value", "2"),
                Map.of("metric", "SIGNED_AMOUNT", "value", "280000"),
                Map.of("metric", "SIGNED_AMOUNT", "category", "INDUSTRIAL", "value", "100000"),
                Map.of("metric", "STARTED_COUNT", "value", "4"),
                Map.of("metric", "EFFECTIVE_INVESTMENT", "value", "3660"))))
                .put("/api/v1/targets/2024/jinhu").then().statusCode(200);

        JsonPath report = given().auth().oauth2(TestTokens.supervisor("jh.sup", "jinhu"))
                .queryParam("year", 2024).queryParam("asOf", "2024-06-30").queryParam("basis", "DAY").get("/api/v1/stats/progress")
                .then().statusCode(200).extract().jsonPath();

        // 30 June 2024 is day 182 of 366
        assertThat(report.getDouble("yearSharePercent")).isEqualTo(49.73);
        assertThat(report.getList("districts.district")).containsExactly("jinhu");
        Map<String, Object> signedOver1Yi = line(report, "SIGNED_COUNT", "YI_1_TO_10", "ANY");
        assertThat(signedOver1Yi.get("actual").toString()).isEqualTo("2");
        assertThat(signedOver1Yi.get("completionRate").toString()).isEqualTo("20.0");
        assertThat(signedOver1Yi.get("proRataDue").toString()).isEqualTo("4.97");
        assertThat(signedOver1Yi.get("aheadOfSchedule")).isEqualTo(false);
        assertThat(signedOver1Yi.get("quarters").toString()).isEqualTo("{Q1=2, Q2=0}");
        Map<String, Object> major = line(report, "SIGNED_COUNT", "YI_10_TO_50", "ANY");
        assertThat(major.get("actual").toString()).isEqualTo("1");
        assertThat(major.get("aheadOfSchedule")).isEqualTo(true);
        assertThat(line(report, "SIGNED_AMOUNT", "ANY", "ANY").get("actual").toString()).isEqualTo("140000.0");
        assertThat(line(report, "SIGNED_AMOUNT", "ANY", "ANY").get("completionRate").toString()).isEqualTo("50.0");
        assertThat(line(report, "SIGNED_AMOUNT", "ANY", "INDUSTRIAL").get("actual").toString()).isEqualTo("120000.0");
        assertThat(line(report, "STARTED_COUNT", "ANY", "ANY").get("quarters").toString()).isEqualTo("{Q1=0, Q2=1}");
        Map<String, Object> investment = line(report, "EFFECTIVE_INVESTMENT", "ANY", "ANY");
        assertThat(investment.get("actual").toString()).isEqualTo("1000.0");
        assertThat(investment.get("proRataDue").toString()).isEqualTo("1820.0");
        assertThat(investment.get("rank")).isEqualTo(1);

        // by months closed (the default): on 30 June, June is not closed yet: January–May, 5/12
        JsonPath byMonths = given().auth().oauth2(TestTokens.supervisor("jh.sup", "jinhu"))
                .queryParam("year", 2024).queryParam("asOf", "2024-06-30").get("/api/v1/stats/progress")
                .then().statusCode(200).extract().jsonPath();
        assertThat(byMonths.getString("basis")).isEqualTo("MONTH");
        assertThat(byMonths.getString("countedThrough")).isEqualTo("2024-05");
        assertThat(byMonths.getDouble("yearSharePercent")).isEqualTo(41.67);
        Map<String, Object> investmentByMonths = line(byMonths, "EFFECTIVE_INVESTMENT", "ANY", "ANY");
        assertThat(investmentByMonths.get("actual").toString()).isEqualTo("1000.0");
        assertThat(investmentByMonths.get("proRataDue").toString()).isEqualTo("1525.0");
        assertThat(line(byMonths, "SIGNED_COUNT", "YI_1_TO_10", "ANY").get("reportedSoFar").toString()).isEqualTo("0");

        given().auth().oauth2(TestTokens.enterprise("x", "91320800MA22MH006X")).queryParam("year", 2024)
                .get("/api/v1/stats/progress").then().statusCode(403);
        // a supervisor without a district sees no district's figures
        given().auth().oauth2(TestTokens.supervisor("nowhere", null)).queryParam("year", 2024).queryParam("asOf", "2024-06-30")
                .get("/api/v1/stats/progress").then().statusCode(200).body("districts.size()", org.hamcrest.Matchers.equalTo(0));
        String tomorrow = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).plusDays(1).toString();
        given().auth().oauth2(TestTokens.admin()).queryParam("year", Integer.parseInt(tomorrow.substring(0, 4))).queryParam("asOf", tomorrow)
                .get("/api/v1/stats/progress").then().statusCode(400).body("detail", org.hamcrest.Matchers.containsString("future"));
        given().auth().oauth2(TestTokens.admin()).queryParam("year", 2024).queryParam("asOf", "2025-01-01")
                .get("/api/v1/stats/progress").then().statusCode(400);
    }

    /**
     * Reports are due on the 10th in the test profile. On 3 December 2025 November is still open, unless every project of
     * the district under construction has reported it: then the district counts through November, the others do not.
     */
    @Test
    void aDistrictWhoseProjectsHaveAllReportedAMonthHasItClosedBeforeTheDeadline() {
        String code = "91320830MA25XY00" + "1";
        code = code + cn.zhaoshang.project.enterprise.CreditCode.checkCharacter(code);
        String enterprise = given().auth().oauth2(TestTokens.admin()).contentType("application/json")
                .body(Map.of("name", "盱眙测试企业", "creditCode", code))
                .post("/api/v1/enterprises").then().statusCode(201).extract().path("id");
        List<String> underConstruction = new java.util.ArrayList<>();
        for (String signedOn : List.of("2025-01-10", "2025-02-10")) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("name", "盱眙项目" + signedOn);
            body.put("enterpriseId", enterprise);
            body.put("district", "xuyi");
            body.put("industry", "green-food");
            body.put("categories", List.of("INDUSTRIAL"));
            body.put("totalInvestment", "30000");
            body.put("agreedInvestment", "30000");
            body.put("stage", "SIGNED");
            body.put("stageSince", signedOn);
            String id = given().auth().oauth2(TestTokens.admin()).contentType("application/json").body(body)
                    .post("/api/v1/projects").then().statusCode(201).extract().path("id");
            move(id, Map.of("to", "LAND_ACQUIRED", "occurredOn", "2025-03-01", "reason", "并联"));
            move(id, Map.of("to", "CONSTRUCTION_STARTED", "occurredOn", "2025-04-01", "recognizedBy", "县重大办"));
            report(id, "2025-10", "500.00");
            underConstruction.add(id);
        }
        given().auth().oauth2(TestTokens.admin()).contentType("application/json")
                .body(Map.of("targets", List.of(Map.of("metric", "EFFECTIVE_INVESTMENT", "value", "1200"))))
                .put("/api/v1/targets/2025/xuyi").then().statusCode(200);

        report(underConstruction.get(0), "2025-11", "300.00");
        Map<String, Object> oneReported = xuyi();
        assertThat(oneReported.get("countedThrough")).isEqualTo("2025-10");
        assertThat(oneReported.get("yearSharePercent").toString()).isEqualTo("83.33");

        report(underConstruction.get(1), "2025-11", "200.00");
        Map<String, Object> allReported = xuyi();
        assertThat(allReported.get("countedThrough")).isEqualTo("2025-11");
        assertThat(allReported.get("yearSharePercent").toString()).isEqualTo("91.67");
        @SuppressWarnings("unchecked")
        Map<String, Object> investment = ((List<Map<String, Object>>) allReported.get("targets")).get(0);
        assertThat(investment.get("actual").toString()).isEqualTo("1500.0");
        assertThat(investment.get("proRataDue").toString()).isEqualTo("1100.0");
    }

    private static Map<String, Object> xuyi() {
        JsonPath report = given().auth().oauth2(TestTokens.admin()).queryParam("year", 2025).queryParam("asOf", "2025-12-03")
                .get("/api/v1/stats/progress").then().statusCode(200).extract().jsonPath();
        assertThat(report.getString("countedThrough")).as("the deadline's").isEqualTo("2025-10");
        List<Map<String, Object>> districts = report.getList("districts");
        return districts.stream().filter(d -> d.get("district").equals("xuyi")).findFirst().orElseThrow();
    }

    private static Map<String, Object> line(JsonPath report, String metric, String minTier, String category) {
        List<Map<String, Object>> lines = report.getList("districts[0].targets");
        return lines.stream().filter(l -> l.get("metric").equals(metric) && l.get("minTier").equals(minTier)
                && l.get("category").equals(category)).findFirst().orElseThrow();
    }

    private static String project(String enterprise, String total, String signedOn, List<String> categories) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", "金湖项目" + signedOn);
        body.put("enterpriseId", enterprise);
        body.put("district", "jinhu");
        body.put("industry", "green-food");
        body.put("categories", categories);
        body.put("totalInvestment", total);
        body.put("agreedInvestment", total);
        body.put("stage", "SIGNED");
        body.put("stageSince", signedOn);
        return given().auth().oauth2(TestTokens.admin()).contentType("application/json").body(body)
                .post("/api/v1/projects").then().statusCode(201).extract().path("id");
    }

    private static void move(String id, Map<String, Object> body) {
        given().auth().oauth2(TestTokens.admin()).contentType("application/json").body(body)
                .post("/api/v1/projects/" + id + "/transitions").then().statusCode(201);
    }

    private static void report(String id, String month, String amount) {
        given().auth().oauth2(TestTokens.admin()).contentType("application/json").body(Map.of("month", month, "amount", amount))
                .post("/api/v1/projects/" + id + "/investment-reports").then().statusCode(201);
    }

    @Test
    void aDayThatDoesNotExistIsABadRequestNamingTheParameter() {
        given().auth().oauth2(TestTokens.admin()).queryParam("year", 2026).queryParam("asOf", "2026-02-30")
                .get("/api/v1/stats/progress").then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", org.hamcrest.Matchers.equalTo("asOf"))
                .body("detail", org.hamcrest.Matchers.containsString("a date that exists"));
    }
}
