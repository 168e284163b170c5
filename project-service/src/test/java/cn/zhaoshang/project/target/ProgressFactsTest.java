package cn.zhaoshang.project.target;

import cn.zhaoshang.project.enterprise.CreditCode;
import cn.zhaoshang.testsupport.RealInfrastructure;
import cn.zhaoshang.testsupport.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The facts the database keeps as projects, milestones and reports change (the progress report's, and the list's
 * project counts), checked after every kind of change against what they replace, computed from scratch over the
 * whole database.
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "project_service"))
class ProgressFactsTest {

    /** What the report read before the facts were kept: every monthly report joined with its project. */
    private static final String INVESTMENT_FROM_SCRATCH = """
            select r.month, p.district_code, p.tier, array_to_string(p.categories, ','), count(*), sum(r.amount)
            from investment_report r join project p on p.id = r.project_id
            group by 1, 2, 3, 4 order by 1, 2, 3, 4""";
    private static final String INVESTMENT_KEPT = """
            select month, district_code, tier, categories, reports, amount
            from investment_fact order by 1, 2, 3, 4""";
    private static final String MILESTONES_FROM_SCRATCH = """
            select m.stage, m.actual_on, p.district_code, p.tier, array_to_string(p.categories, ','), count(*),
                   sum(p.agreed_investment)
            from project_milestone m join project p on p.id = m.project_id
            where m.actual_on is not null
            group by 1, 2, 3, 4, 5 order by 1, 2, 3, 4, 5""";
    private static final String MILESTONES_KEPT = """
            select stage, actual_on, district_code, tier, categories, projects, agreed_investment
            from milestone_fact order by 1, 2, 3, 4, 5""";

    /** What the list's total counted before the counts were kept: every project, once, and once per category. */
    private static final String COUNTS_FROM_SCRATCH = """
            select c.category, p.tier, p.district_code, p.stage, p.industry_code, count(*)
            from project p cross join lateral (select '' union select unnest(p.categories)) c (category)
            group by 1, 2, 3, 4, 5 order by 1, 2, 3, 4, 5""";
    private static final String COUNTS_KEPT = """
            select category, tier, district_code, stage, industry_code, projects
            from project_count_fact where projects <> 0 order by 1, 2, 3, 4, 5""";

    @Inject
    DataSource dataSource;

    @Test
    void theKeptFactsEqualTheJoinTheyReplaceAfterEveryKindOfChange() throws SQLException {
        String code = "91320804MA27PF00" + "3";
        code = code + CreditCode.checkCharacter(code);
        String enterprise = given().auth().oauth2(TestTokens.admin()).contentType("application/json")
                .body(Map.of("name", "事实测试企业", "creditCode", code))
                .post("/api/v1/enterprises").then().statusCode(201).extract().path("id");
        String a = project(enterprise, "事实项目甲", "hongze", "30000", List.of("INDUSTRIAL"));
        String b = project(enterprise, "事实项目乙", "hongze", "30000", List.of("INDUSTRIAL"));
        assertFactsAgree("two projects signed");

        for (String id : List.of(a, b)) {
            post("/api/v1/projects/" + id + "/transitions", Map.of("to", "LAND_ACQUIRED", "occurredOn", "2025-03-01", "reason", "并联"));
            post("/api/v1/projects/" + id + "/transitions",
                    Map.of("to", "CONSTRUCTION_STARTED", "occurredOn", "2025-04-01", "recognizedBy", "区重大办"));
            post("/api/v1/projects/" + id + "/investment-reports", Map.of("month", "2025-05", "amount", "400.00"));
        }
        post("/api/v1/projects/" + a + "/investment-reports", Map.of("month", "2025-06", "amount", "250.50"));
        assertFactsAgree("both started, three reports, two of them in one group");

        given().auth().oauth2(TestTokens.admin()).contentType("application/json")
                .body(Map.of("month", "2025-05", "amount", "380.00", "correction", true, "note", "核减"))
                .post("/api/v1/projects/" + a + "/investment-reports").then().statusCode(200);
        assertFactsAgree("a report corrected");

        patch(a, Map.of("categories", List.of("INDUSTRIAL", "HIGH_TECH")));
        assertFactsAgree("a project's categories changed");
        patch(a, Map.of("totalInvestment", "150000", "agreedInvestment", "120000"));
        assertFactsAgree("its investment changed, and with it its tier");
        patch(b, Map.of("district", "huaiyin"));
        assertFactsAgree("the other moved to another district");
        patch(b, Map.of("district", "hongze", "agreedInvestment", "25000"));
        assertFactsAgree("and back, agreeing less");

        execute("update project set industry_code = 'electronics', stage = 'SIGNED' where id = '" + b + "'");
        assertFactsAgree("an operator's SQL changed a project's industry and stage");
        execute("delete from investment_report_revision where report_id in (select id from investment_report where project_id = '"
                + a + "')");
        for (String table : List.of("project_transition", "project_milestone", "investment_report", "project_team_member",
                "project_team")) {
            execute("delete from " + table + " where project_id = '" + a + "'");
        }
        execute("delete from project where id = '" + a + "'");
        assertFactsAgree("an operator's SQL deleted a project");
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        }
    }

    private void assertFactsAgree(String after) throws SQLException {
        assertThat(rows(MILESTONES_KEPT)).as("milestone facts after: " + after).isEqualTo(rows(MILESTONES_FROM_SCRATCH));
        assertThat(rows(INVESTMENT_KEPT)).as("investment facts after: " + after).isEqualTo(rows(INVESTMENT_FROM_SCRATCH));
        assertThat(rows(COUNTS_KEPT)).as("project counts after: " + after).isEqualTo(rows(COUNTS_FROM_SCRATCH));
    }

    private List<String> rows(String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                StringBuilder row = new StringBuilder();
                for (int column = 1; column <= columns; column++) {
                    Object value = result.getObject(column);
                    row.append(value instanceof java.math.BigDecimal number ? number.stripTrailingZeros().toPlainString() : value)
                            .append('|');
                }
                rows.add(row.toString());
            }
        }
        assertThat(rows).isNotEmpty();
        return rows;
    }

    private static String project(String enterprise, String name, String district, String total, List<String> categories) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("enterpriseId", enterprise);
        body.put("district", district);
        body.put("industry", "green-food");
        body.put("categories", categories);
        body.put("totalInvestment", total);
        body.put("agreedInvestment", total);
        body.put("stage", "SIGNED");
        body.put("stageSince", "2025-02-10");
        return given().auth().oauth2(TestTokens.admin()).contentType("application/json").body(body)
                .post("/api/v1/projects").then().statusCode(201).extract().path("id");
    }

    private static void post(String path, Map<String, Object> body) {
        given().auth().oauth2(TestTokens.admin()).contentType("application/json").body(body).post(path).then().statusCode(201);
    }

    private static void patch(String id, Map<String, Object> body) {
        String etag = given().auth().oauth2(TestTokens.admin()).get("/api/v1/projects/" + id).then().statusCode(200)
                .extract().header("ETag");
        given().auth().oauth2(TestTokens.admin()).contentType("application/json").header("If-Match", etag)
                .body(body).patch("/api/v1/projects/" + id).then().statusCode(200);
    }
}
