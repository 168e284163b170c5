package cn.zhaoshang.project;

import cn.zhaoshang.project.registry.SearchText;
import cn.zhaoshang.testsupport.RealInfrastructure;
import cn.zhaoshang.testsupport.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import jakarta.inject.Inject;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static cn.zhaoshang.project.ProjectFixtures.createProject;
import static cn.zhaoshang.project.ProjectFixtures.enterprise;
import static cn.zhaoshang.project.ProjectFixtures.move;
import static cn.zhaoshang.project.ProjectFixtures.project;
import static cn.zhaoshang.project.ProjectFixtures.projectBody;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "project_service"))
class ProjectApiTest {

    @Inject
    DataSource dataSource;

    @Test
    void enterpriseCreditCodesAreCheckedAndUnique() {
        given().auth().oauth2(TestTokens.admin()).contentType("application/json")
                .body(Map.of("name", "坏代码企业", "creditCode", "91320800MA20TL004X"))
                .post("/api/v1/enterprises").then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem(containsString("creditCode")));
        given().auth().oauth2(TestTokens.admin()).contentType("application/json")
                .body(Map.of("name", "不存在的代码", "creditCode", "000000000000000000"))
                .post("/api/v1/enterprises").then().statusCode(400).contentType("application/problem+json")
                .body("violations.message", hasItem(containsString("registration authority")));
        Map<String, String> e = enterprise("通灵集团");
        given().auth().oauth2(TestTokens.admin()).contentType("application/json")
                .body(Map.of("name", "重复", "creditCode", e.get("creditCode")))
                .post("/api/v1/enterprises").then().statusCode(409).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.enterprise("u1", e.get("creditCode"))).get("/api/v1/enterprises/" + e.get("id"))
                .then().statusCode(200).body("name", equalTo("通灵集团"));
        given().auth().oauth2(TestTokens.enterprise("u2", ProjectFixtures.newCreditCode())).get("/api/v1/enterprises/" + e.get("id"))
                .then().statusCode(404);
        given().auth().oauth2(TestTokens.enterprise("u1", e.get("creditCode"))).contentType("application/json")
                .body(Map.of("name", "x", "creditCode", ProjectFixtures.newCreditCode()))
                .post("/api/v1/enterprises").then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.staff("s", null)).queryParam("q", "通灵").get("/api/v1/enterprises").then().statusCode(200)
                .body("creditCode", hasItem(e.get("creditCode")));
        given().auth().oauth2(TestTokens.enterprise("u1", e.get("creditCode"))).get("/api/v1/enterprises").then().statusCode(200)
                .body("creditCode", equalTo(List.of(e.get("creditCode"))));
        given().auth().oauth2(TestTokens.admin()).get("/api/v1/enterprises/" + java.util.UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void aProjectIsCreatedWithLocationAndEtagAndDerivesItsTier() {
        Map<String, String> e = enterprise("库比森轮胎");
        var created = createProject(projectBody(e.get("id"), "huaian", "1000000.00"));
        created.then().statusCode(201).header("Location", containsString("/api/v1/projects/")).header("ETag", notNullValue())
                .body("tier", equalTo("YI_50_PLUS")).body("major", equalTo(true))
                .body("totalInvestment", equalTo(1000000.00f)).body("stage", equalTo("SIGNED"))
                .body("milestones.find { it.stage == 'SIGNED' }.actualOn", equalTo("2026-01-06"));
        given().auth().oauth2(TestTokens.admin()).get(created.header("Location")).then().statusCode(200)
                .body("enterprise.creditCode", equalTo(e.get("creditCode")));
    }

    @Test
    void badProjectInputIsA400NamingEachField() {
        Map<String, String> e = enterprise("坏输入企业");
        Map<String, Object> body = projectBody(e.get("id"), "nowhere", "-5");
        body.put("agreedInvestment", "12.345");
        createProject(body).then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItems(containsString("totalInvestment"), containsString("agreedInvestment")));
        createProject(projectBody(e.get("id"), "nowhere", "5")).then().statusCode(400)
                .body("detail", containsString("district"));
        given().auth().oauth2(TestTokens.admin()).contentType("application/json").body("{\"name\": 3, \"bogus\": true}")
                .post("/api/v1/projects").then().statusCode(400).contentType("application/problem+json")
                .body(not(containsString("Exception")));
        given().auth().oauth2(TestTokens.admin()).get("/api/v1/projects/not-a-uuid").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void patchNeedsTheCurrentVersion() {
        Map<String, String> e = enterprise("乐观锁企业");
        String id = project(e.get("id"), "etdz", "50000");
        given().auth().oauth2(TestTokens.admin()).contentType("application/json").body(Map.of("totalInvestment", "150000"))
                .patch("/api/v1/projects/" + id).then().statusCode(428).contentType("application/problem+json");
        String etag = given().auth().oauth2(TestTokens.admin()).get("/api/v1/projects/" + id).header("ETag");
        given().auth().oauth2(TestTokens.admin()).contentType("application/json").header("If-Match", etag)
                .body(Map.of("totalInvestment", "150000")).patch("/api/v1/projects/" + id)
                .then().statusCode(200).body("tier", equalTo("YI_10_TO_50")).body("major", equalTo(true));
        given().auth().oauth2(TestTokens.admin()).contentType("application/json").header("If-Match", etag)
                .body(Map.of("name", "迟到的修改")).patch("/api/v1/projects/" + id)
                .then().statusCode(412).contentType("application/problem+json");
    }

    /** Registering in a district and moving a project into one follow one rule (API5). */
    @Test
    void aProjectIsPlacedInADistrictOnlyByItsOwnPeople() {
        Map<String, String> e = enterprise("迁区企业");
        String id = project(e.get("id"), "etdz", "50000");
        String etdzStaff = TestTokens.staff("etdz.clerk", "etdz");
        String etag = given().auth().oauth2(etdzStaff).get("/api/v1/projects/" + id).then().statusCode(200).extract().header("ETag");
        given().auth().oauth2(etdzStaff).contentType("application/json").header("If-Match", etag)
                .body(Map.of("district", "lianshui")).patch("/api/v1/projects/" + id)
                .then().statusCode(403).contentType("application/problem+json").body("detail", containsString("etdz"));
        given().auth().oauth2(etdzStaff).contentType("application/json").body(projectBody(e.get("id"), "lianshui", "100"))
                .post("/api/v1/projects").then().statusCode(403);
        given().auth().oauth2(TestTokens.admin()).get("/api/v1/projects/" + id).then().body("district", equalTo("etdz"))
                .header("ETag", equalTo(etag));
        // other fields stay the district's to change, and an admin moves the project
        etag = given().auth().oauth2(etdzStaff).contentType("application/json").header("If-Match", etag)
                .body(Map.of("district", "etdz", "campaign", "春季招商")).patch("/api/v1/projects/" + id)
                .then().statusCode(200).extract().header("ETag");
        given().auth().oauth2(TestTokens.admin()).contentType("application/json").header("If-Match", etag)
                .body(Map.of("district", "lianshui")).patch("/api/v1/projects/" + id)
                .then().statusCode(200).body("district", equalTo("lianshui"));
        given().auth().oauth2(etdzStaff).get("/api/v1/projects/" + id).then().statusCode(404);
    }

    @Test
    void theLifecycleIsEnforcedAndTrinaSolarReadsBack32Days() {
        Map<String, String> e = enterprise("天合光能");
        String id = project(e.get("id"), "etdz", "350000");
        move(id, Map.of("to", "SIGNED", "occurredOn", "2026-01-07")).then().statusCode(409)
                .body("allowedMoves", hasItems("REGISTERED", "SUSPENDED", "TERMINATED"));
        move(id, Map.of("to", "LAND_ACQUIRED", "occurredOn", "2026-02-07")).then().statusCode(400)
                .body("detail", containsString("reason"));
        move(id, Map.of("to", "LAND_ACQUIRED", "occurredOn", "2026-02-07", "reason", "注册与供地并联")).then().statusCode(201);
        move(id, Map.of("to", "CONSTRUCTION_STARTED", "occurredOn", "2026-02-07")).then().statusCode(400)
                .body("detail", containsString("recognizedBy"));
        move(id, Map.of("to", "CONSTRUCTION_STARTED", "occurredOn", "2099-01-01", "recognizedBy", "市重大项目办")).then().statusCode(400)
                .body("detail", containsString("future"));
        move(id, Map.of("to", "CONSTRUCTION_STARTED", "occurredOn", "2026-02-07", "recognizedBy", "市重大项目办", "note", "拿地即开工"))
                .then().statusCode(201).body("actor", equalTo("admin-1"));
        given().auth().oauth2(TestTokens.admin()).get("/api/v1/projects/" + id).then().statusCode(200)
                .body("stage", equalTo("CONSTRUCTION_STARTED"))
                .body("daysSignedToStarted", equalTo(32))
                .body("daysLandToStarted", equalTo(0))
                .body("milestones.find { it.stage == 'REGISTERED' }.actualOn", nullValue())
                .body("milestones.find { it.stage == 'CONSTRUCTION_STARTED' }.recognizedBy", equalTo("市重大项目办"));
        move(id, Map.of("to", "SUSPENDED", "occurredOn", "2026-03-01", "reason", "资金调整")).then().statusCode(201);
        move(id, Map.of("to", "COMPLETED", "occurredOn", "2026-03-02", "recognizedBy", "住建局")).then().statusCode(409)
                .body("allowedMoves", equalTo(List.of("CONSTRUCTION_STARTED", "TERMINATED")));
        move(id, Map.of("to", "CONSTRUCTION_STARTED", "occurredOn", "2026-04-01")).then().statusCode(201);
        given().auth().oauth2(TestTokens.admin()).get("/api/v1/projects/" + id + "/history").then().statusCode(200)
                .body("to", equalTo(List.of("LAND_ACQUIRED", "CONSTRUCTION_STARTED", "SUSPENDED", "CONSTRUCTION_STARTED")))
                .body("[0].reason", equalTo("注册与供地并联"));
        given().auth().oauth2(TestTokens.admin()).get("/api/v1/projects/" + id).then()
                .body("milestones.find { it.stage == 'CONSTRUCTION_STARTED' }.actualOn", equalTo("2026-02-07"));
    }

    @Test
    void aProjectWithoutTeamAnswers404ForItsTeamAndUnknownProjectsAnswer404Everywhere() {
        Map<String, String> e = enterprise("无专班企业");
        String id = project(e.get("id"), "huaiyin", "10000");
        given().auth().oauth2(TestTokens.admin()).get("/api/v1/projects/" + id + "/team").then().statusCode(404)
                .contentType("application/problem+json");
        String unknown = "/api/v1/projects/" + java.util.UUID.randomUUID();
        given().auth().oauth2(TestTokens.admin()).get(unknown + "/history").then().statusCode(404);
        given().auth().oauth2(TestTokens.admin()).get(unknown + "/investment-reports").then().statusCode(404);
        move(java.util.UUID.randomUUID().toString(), Map.of("to", "REGISTERED", "occurredOn", "2026-02-01")).then().statusCode(404);
        given().auth().oauth2(TestTokens.admin()).contentType("application/json")
                .body(Map.of("chief", "a", "leaderInCharge", "b", "members", List.of(" ")))
                .put("/api/v1/projects/" + id + "/team").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void plannedDatesShowHowFarAheadOfPlanAMilestoneCame() {
        Map<String, String> e = enterprise("捷泰新能源");
        String id = project(e.get("id"), "etdz", "560000");
        given().auth().oauth2(TestTokens.admin()).contentType("application/json")
                .body(Map.of("CONSTRUCTION_STARTED", "2026-03-15")).put("/api/v1/projects/" + id + "/milestones")
                .then().statusCode(200).body("milestones.find { it.stage == 'CONSTRUCTION_STARTED' }.plannedOn", equalTo("2026-03-15"));
        move(id, Map.of("to", "LAND_ACQUIRED", "occurredOn", "2026-02-20", "reason", "随供地备案")).then().statusCode(201);
        move(id, Map.of("to", "CONSTRUCTION_STARTED", "occurredOn", "2026-02-26", "recognizedBy", "市重大项目办")).then().statusCode(201);
        given().auth().oauth2(TestTokens.admin()).get("/api/v1/projects/" + id).then()
                .body("daysSignedToStarted", equalTo(51))
                .body("milestones.find { it.stage == 'CONSTRUCTION_STARTED' }.daysAheadOfPlan", equalTo(17));
        given().auth().oauth2(TestTokens.admin()).contentType("application/json")
                .body(Map.of("LEAD", "1800-01-01")).put("/api/v1/projects/" + id + "/milestones").then().statusCode(400);
    }

    @Test
    void eachRoleSeesWhatItMay() {
        Map<String, String> mine = enterprise("甲企业");
        Map<String, String> theirs = enterprise("乙企业");
        String myProject = project(mine.get("id"), "lianshui", "20000");
        String theirProject = project(theirs.get("id"), "xuyi", "20000");
        String enterpriseToken = TestTokens.enterprise("jia", mine.get("creditCode"));
        given().auth().oauth2(enterpriseToken).get("/api/v1/projects/" + myProject).then().statusCode(200);
        given().auth().oauth2(enterpriseToken).get("/api/v1/projects/" + theirProject).then().statusCode(404);
        given().auth().oauth2(enterpriseToken).get("/api/v1/projects?size=100").then().statusCode(200)
                .body("items.id", hasItem(myProject)).body("items.id", not(hasItem(theirProject)));
        move(myProject, Map.of("to", "REGISTERED", "occurredOn", "2026-02-01")).then().statusCode(201);
        given().auth().oauth2(enterpriseToken).contentType("application/json")
                .body(Map.of("to", "LAND_ACQUIRED", "occurredOn", "2026-03-01"))
                .post("/api/v1/projects/" + myProject + "/transitions").then().statusCode(403);

        String lianshuiStaff = TestTokens.staff("ls.staff", "lianshui");
        given().auth().oauth2(lianshuiStaff).get("/api/v1/projects/" + myProject).then().statusCode(200);
        given().auth().oauth2(lianshuiStaff).get("/api/v1/projects/" + theirProject).then().statusCode(404);
        given().auth().oauth2(TestTokens.admin()).contentType("application/json")
                .body(Map.of("chief", "xy.chief", "leaderInCharge", "xy.leader", "members", List.of("ls.staff")))
                .put("/api/v1/projects/" + theirProject + "/team").then().statusCode(200).body("members", equalTo(List.of("ls.staff")));
        given().auth().oauth2(lianshuiStaff).get("/api/v1/projects/" + theirProject).then().statusCode(200);

        String cityStaff = TestTokens.staff("city.staff", null);
        given().auth().oauth2(cityStaff).get("/api/v1/projects/" + theirProject).then().statusCode(404);
        String registered = given().auth().oauth2(cityStaff).contentType("application/json")
                .body(projectBody(theirs.get("id"), "xuyi", "30000")).post("/api/v1/projects")
                .then().statusCode(201).extract().path("id");
        given().auth().oauth2(cityStaff).get("/api/v1/projects?size=100").then()
                .body("items.id", hasItem(registered)).body("items.id", not(hasItem(theirProject)));

        String supervisor = TestTokens.supervisor("xy.sup", "xuyi");
        given().auth().oauth2(supervisor).get("/api/v1/projects/" + theirProject + "/team").then().statusCode(200);
        given().auth().oauth2(supervisor).get("/api/v1/projects/" + myProject).then().statusCode(404);
        given().auth().oauth2(supervisor).contentType("application/json").body(projectBody(theirs.get("id"), "xuyi", "1"))
                .post("/api/v1/projects").then().statusCode(403).contentType("application/problem+json");
        given().get("/api/v1/projects").then().statusCode(401);
        given().auth().oauth2(TestTokens.token("x", List.of("visitor"), null, null)).get("/api/v1/projects").then().statusCode(403);
    }

    @Test
    void aSearchFindsAnyRunOfCharactersOfNamesAndCreditCodeTwoCharacterWordsIncluded() throws SQLException {
        Map<String, String> lixiang = enterprise("江苏翎骁新能源科技有限公司");
        Map<String, String> other = enterprise("淮安镕晟精密机械有限公司");
        Map<String, Object> storage = projectBody(lixiang.get("id"), "lianshui", "30000");
        storage.put("name", "年产2GWh储能电池项目");
        String storageId = createProject(storage).then().statusCode(201).extract().path("id");
        Map<String, Object> gears = projectBody(other.get("id"), "xuyi", "30000");
        gears.put("name", "骁翎骁齿 骁齿轮");
        String gearsId = createProject(gears).then().statusCode(201).extract().path("id");
        // search, district, what it finds there
        List<List<Object>> searches = List.of(
                List.of("翎骁", "lianshui", Set.of(storageId)),       // two characters, in the enterprise's name
                List.of("骁翎", "xuyi", Set.of(gearsId)),             // the pair reversed, in a project's name
                List.of("骁翎", "lianshui", Set.of()),
                List.of("翎骁齿轮", "xuyi", Set.of()),                // "翎骁齿" and "骁齿轮" are there, not in one run
                List.of("骁翎骁齿", "xuyi", Set.of(gearsId)),
                List.of("2gwh储能", "lianshui", Set.of(storageId)),   // any case, Chinese and Latin together
                List.of("储", "lianshui", Set.of(storageId)),         // one character: nothing to look up first
                List.of(lixiang.get("creditCode").substring(9).toLowerCase(), "lianshui", Set.of(storageId)),
                List.of("翎%骁", "lianshui", Set.of()));              // % is a character here, not a wildcard
        for (List<Object> search : searches) {
            List<String> found = given().auth().oauth2(TestTokens.admin()).queryParam("q", search.get(0))
                    .queryParam("district", search.get(1)).get("/api/v1/projects").then().statusCode(200).extract().path("items.id");
            assertEquals(search.get(2), Set.copyOf(found), "q=" + search.get(0) + " in " + search.get(1));
        }
        // PostgreSQL keeps the runs of a stored text that SearchText looks up
        for (String text : List.of("年产2gwh储能电池项目 江苏翎骁", "𠀀光𠀀", "ab", "a", "")) {
            assertEquals(SearchText.grams(text), Set.copyOf(ids("select unnest(search_grams('" + text + "'))")), text);
        }
    }

    @Test
    void theListFiltersSearchesInChineseSortsAndCapsThePageSize() {
        Map<String, String> e = enterprise("鹏鼎控股淮安");
        String big = project(e.get("id"), "jinhu", "650000");
        String small = project(e.get("id"), "jinhu", "5000");
        given().auth().oauth2(TestTokens.admin()).queryParam("q", "鹏鼎").queryParam("district", "jinhu")
                .queryParam("sort", "-totalInvestment").get("/api/v1/projects")
                .then().statusCode(200).body("total", equalTo(2)).body("items[0].id", equalTo(big)).body("items[1].id", equalTo(small));
        given().auth().oauth2(TestTokens.admin()).queryParam("district", "jinhu").queryParam("tier", "SUB_YI")
                .get("/api/v1/projects").then().body("items.id", equalTo(List.of(small)));
        given().auth().oauth2(TestTokens.admin()).queryParam("category", "INDUSTRIAL").queryParam("district", "jinhu")
                .get("/api/v1/projects").then().body("total", equalTo(2));
        given().auth().oauth2(TestTokens.admin()).queryParam("size", 10000).get("/api/v1/projects").then().statusCode(200)
                .body("size", equalTo(100));
        given().auth().oauth2(TestTokens.admin()).queryParam("sort", "password").get("/api/v1/projects").then().statusCode(400)
                .contentType("application/problem+json");
        given().auth().oauth2(TestTokens.admin()).queryParam("stage", "FLYING").get("/api/v1/projects").then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void pagesOfAFilterFollowItsOrderWithoutOverlapAndAllTellTheSameTotal() {
        Map<String, String> e = enterprise("涟水分页企业");
        List<String> byInvestment = new ArrayList<>();
        for (String total : List.of("90000", "70000", "50000", "30000", "10000")) {
            byInvestment.add(project(e.get("id"), "lianshui", total));
        }
        List<String> paged = new ArrayList<>();
        for (int page = 0; page <= 3; page++) {
            List<String> ids = given().auth().oauth2(TestTokens.admin()).queryParam("q", "涟水分页企业")
                    .queryParam("sort", "-totalInvestment").queryParam("size", 2).queryParam("page", page)
                    .get("/api/v1/projects").then().statusCode(200)
                    .body("total", equalTo(5)).body("page", equalTo(page)).extract().path("items.id");
            assertEquals(page < 2 ? 2 : page == 2 ? 1 : 0, ids.size(), "projects on page " + page);
            paged.addAll(ids);
        }
        assertEquals(byInvestment, paged);
    }

    /**
     * Totals against PostgreSQL counting the same projects itself: a district's share comes from the kept group counts,
     * what staff registered or serve elsewhere and an enterprise's own are counted; either way, the projects that match.
     */
    @Test
    void everyCallersListHoldsTheMatchingProjectsTheyMaySeeInOrderWithTheirNumber() throws SQLException {
        Map<String, String> e = enterprise("清江浦总数核对企业");
        for (String total : List.of("8000", "30000", "30000", "120000")) {
            project(e.get("id"), "qingjiangpu", total);
        }
        Map<String, Object> twoCategories = projectBody(e.get("id"), "qingjiangpu", "30000");
        twoCategories.put("categories", List.of("INDUSTRIAL", "HIGH_TECH"));
        String moved = createProject(twoCategories).then().statusCode(201).extract().path("id");
        move(moved, Map.of("to", "LAND_ACQUIRED", "occurredOn", "2026-02-01", "reason", "挂牌出让")).then().statusCode(201);
        String elsewhere = project(e.get("id"), "huaian", "30000");
        // staff see their district, and wherever they registered or serve: once, whatever their roles on a team
        String roaming = TestTokens.staff("roaming.staff", null);
        String registered = given().auth().oauth2(roaming).contentType("application/json")
                .body(projectBody(e.get("id"), "qingjiangpu", "30000")).post("/api/v1/projects")
                .then().statusCode(201).extract().path("id");
        team(registered, Map.of("chief", "roaming.staff", "leaderInCharge", "qjp.leader", "members", List.of("roaming.staff")));
        team(elsewhere, Map.of("chief", "qjp.staff", "leaderInCharge", "roaming.staff", "members", List.of("qjp.staff")));

        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("", "true");
        filters.put("district=qingjiangpu", "district_code = 'qingjiangpu'");
        filters.put("district=qingjiangpu&tier=YI_1_TO_10", "district_code = 'qingjiangpu' and tier = 'YI_1_TO_10'");
        filters.put("category=HIGH_TECH", "'HIGH_TECH' = any(categories)");
        filters.put("category=INDUSTRIAL&stage=SIGNED", "'INDUSTRIAL' = any(categories) and stage = 'SIGNED'");
        filters.put("industry=photovoltaic&stage=LAND_ACQUIRED", "industry_code = 'photovoltaic' and stage = 'LAND_ACQUIRED'");
        filters.put("district=huaian&category=INDUSTRIAL", "district_code = 'huaian' and 'INDUSTRIAL' = any(categories)");
        Map<String, String> callers = new LinkedHashMap<>();
        callers.put(TestTokens.admin(), "true");
        callers.put(TestTokens.supervisor("city.sup", "*"), "true");
        callers.put(TestTokens.supervisor("qjp.sup", "qingjiangpu"), "district_code = 'qingjiangpu'");
        callers.put(TestTokens.supervisor("ha.sup", "huaian"), "district_code = 'huaian'");
        callers.put(TestTokens.enterprise("qjp.enterprise", e.get("creditCode")), "enterprise_id = '" + e.get("id") + "'");
        callers.put(TestTokens.staff("qjp.staff", "qingjiangpu"), "(district_code = 'qingjiangpu' or created_by = 'qjp.staff'"
                + " or id in (select project_id from project_team_member where subject = 'qjp.staff'))");
        callers.put(roaming, "(created_by = 'roaming.staff'"
                + " or id in (select project_id from project_team_member where subject = 'roaming.staff'))");
        for (Map.Entry<String, String> filter : filters.entrySet()) {
            for (Map.Entry<String, String> caller : callers.entrySet()) {
                long expected = count("select count(*) from project where " + filter.getValue() + " and " + caller.getValue());
                // one project a page, so that the total is counted rather than read off a page that is not full
                int total = given().auth().oauth2(caller.getKey()).queryParam("size", 1)
                        .get("/api/v1/projects" + (filter.getKey().isEmpty() ? "" : "?" + filter.getKey())).then().statusCode(200).extract().path("total");
                assertEquals(expected, total, filter.getKey() + " for a caller who sees " + caller.getValue());
                // and every page holds the matches in order: pages are planned from the counts (a part of the caller's
                // reach, the matches sorted rather than an index walked, nothing read past the end)
                for (Map.Entry<String, String> sort : Map.of("", "created_at desc, id", "-totalInvestment,name",
                        "total_investment desc, name, id").entrySet()) {
                    List<String> expectedIds = ids("select id from project where " + filter.getValue() + " and "
                            + caller.getValue() + " order by " + sort.getValue());
                    List<String> listed = new ArrayList<>();
                    for (int page = 0; page <= expectedIds.size() / 3; page++) {
                        listed.addAll(given().auth().oauth2(caller.getKey()).queryParam("size", 3).queryParam("page", page)
                                .queryParam("sort", sort.getKey())
                                .get("/api/v1/projects" + (filter.getKey().isEmpty() ? "" : "?" + filter.getKey()))
                                .then().statusCode(200).body("total", equalTo((int) expected)).extract().<List<String>>path("items.id"));
                    }
                    assertEquals(expectedIds, listed, filter.getKey() + " sorted by '" + sort.getKey()
                            + "' for a caller who sees " + caller.getValue());
                }
            }
        }
    }

    private List<String> ids(String sql) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            while (result.next()) {
                ids.add(result.getString(1));
            }
        }
        return ids;
    }

    private static void team(String projectId, Map<String, Object> team) {
        given().auth().oauth2(TestTokens.admin()).contentType("application/json").body(team)
                .put("/api/v1/projects/" + projectId + "/team").then().statusCode(200);
    }

    private long count(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    @Test
    void aListAskedAgainShowsEveryChangeMadeInBetween() {
        Map<String, String> e = enterprise("盱眙列表缓存企业");
        String first = project(e.get("id"), "xuyi", "8000");
        int before = given().auth().oauth2(TestTokens.admin()).queryParam("district", "xuyi").queryParam("tier", "SUB_YI")
                .get("/api/v1/projects").then().statusCode(200).extract().path("total");
        given().auth().oauth2(TestTokens.admin()).queryParam("district", "xuyi").queryParam("tier", "SUB_YI")
                .get("/api/v1/projects").then().body("total", equalTo(before));

        String second = project(e.get("id"), "xuyi", "9000");
        given().auth().oauth2(TestTokens.admin()).queryParam("district", "xuyi").queryParam("tier", "SUB_YI")
                .get("/api/v1/projects").then().body("total", equalTo(before + 1)).body("items.id", hasItems(first, second));

        String etag = given().auth().oauth2(TestTokens.admin()).get("/api/v1/projects/" + second).then().extract().header("ETag");
        given().auth().oauth2(TestTokens.admin()).contentType("application/json").header("If-Match", etag)
                .body(Map.of("totalInvestment", "20000")).patch("/api/v1/projects/" + second).then().statusCode(200);
        given().auth().oauth2(TestTokens.admin()).queryParam("district", "xuyi").queryParam("tier", "SUB_YI")
                .get("/api/v1/projects").then().body("total", equalTo(before)).body("items.id", not(hasItem(second)));
    }

    @Test
    void monthlyInvestmentIsReportedOnceCorrectedWithHistoryAndSummed() {
        Map<String, String> e = enterprise("投资填报企业");
        String id = project(e.get("id"), "hongze", "200000");
        String path = "/api/v1/projects/" + id + "/investment-reports";
        given().auth().oauth2(TestTokens.admin()).contentType("application/json").body(Map.of("month", "2026-05", "amount", "1234.56"))
                .post(path).then().statusCode(201);
        given().auth().oauth2(TestTokens.admin()).contentType("application/json").body(Map.of("month", "2026-06", "amount", "100.44"))
                .post(path).then().statusCode(201);
        given().auth().oauth2(TestTokens.admin()).contentType("application/json").body(Map.of("month", "2026-05", "amount", "1"))
                .post(path).then().statusCode(409).body("existingAmount", equalTo(1234.56f));
        given().auth().oauth2(TestTokens.admin()).contentType("application/json")
                .body(Map.of("month", "2026-05", "amount", "1300.00", "correction", true, "note", "统计口径修正"))
                .post(path).then().statusCode(200).body("revisions[0].previousAmount", equalTo(1234.56f));
        given().auth().oauth2(TestTokens.admin()).contentType("application/json").body(Map.of("month", "2099-01", "amount", "1"))
                .post(path).then().statusCode(400);
        given().auth().oauth2(TestTokens.admin()).contentType("application/json").body(Map.of("month", "2026-13", "amount", "1"))
                .post(path).then().statusCode(400);
        given().auth().oauth2(TestTokens.admin()).get("/api/v1/projects/" + id).then().body("investmentCompleted", equalTo(1400.44f));
        given().auth().oauth2(TestTokens.admin()).get(path).then().body("month", equalTo(List.of("2026-05", "2026-06")));
    }
}
