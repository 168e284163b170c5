package cn.zhaoshang.project.reference;

import cn.zhaoshang.testsupport.RealInfrastructure;
import cn.zhaoshang.testsupport.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "project_service"))
class ReferenceApiTest {

    @Test
    void everyRoleReadsTheReferenceListsWithChineseLabels() {
        given().auth().oauth2(TestTokens.enterprise("e", "91320800MA20TL004Y")).get("/api/v1/districts").then().statusCode(200)
                .body("find { it.code == 'lianshui' }.name", equalTo("涟水县"))
                .body("find { it.code == 'etdz' }.kind", equalTo("PARK"));
        given().auth().oauth2(TestTokens.staff("s", "etdz")).get("/api/v1/industries").then().statusCode(200)
                .body("find { it.code == 'sodium-battery' }.parentCode", equalTo("new-energy"));
        given().auth().oauth2(TestTokens.supervisor("s", null)).get("/api/v1/categories").then().statusCode(200)
                .body("code", hasItems("INDUSTRIAL", "ADVANCED_MANUFACTURING", "HIGH_TECH", "SERVICE", "AGRICULTURE"));
        given().auth().oauth2(TestTokens.admin()).get("/api/v1/attraction-methods").then().statusCode(200)
                .body("find { it.code == 'ONLINE' }.name", equalTo("云招商"));
        given().auth().oauth2(TestTokens.admin()).get("/api/v1/stages").then().statusCode(200)
                .body("find { it.code == 'CONSTRUCTION_STARTED' }.name", equalTo("开工"));
        given().auth().oauth2(TestTokens.admin()).get("/api/v1/tiers").then().statusCode(200)
                .body("code", hasItem("YI_50_PLUS"));
    }

    @Test
    void onlyAdminsAddEntriesAndCodesStayUnique() {
        Map<String, Object> park = Map.of("code", "shuanggou-park", "name", "双沟产业园", "kind", "PARK");
        given().auth().oauth2(TestTokens.staff("s", null)).contentType("application/json").body(park)
                .post("/api/v1/districts").then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.admin()).contentType("application/json").body(park)
                .post("/api/v1/districts").then().statusCode(201).body("name", equalTo("双沟产业园"));
        given().auth().oauth2(TestTokens.admin()).contentType("application/json").body(park)
                .post("/api/v1/districts").then().statusCode(409).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.admin()).contentType("application/json")
                .body(Map.of("code", "hydrogen", "name", "氢能", "parentCode", "no-such-industry"))
                .post("/api/v1/industries").then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.admin()).contentType("application/json")
                .body(Map.of("code", "hydrogen", "name", "氢能", "parentCode", "new-energy"))
                .post("/api/v1/industries").then().statusCode(201);
        given().auth().oauth2(TestTokens.admin()).contentType("application/json").body(Map.of("code", "bad code!", "name", ""))
                .post("/api/v1/categories").then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.admin()).contentType("application/json").body(Map.of("code", "FUND_OF_FUNDS", "name", "母基金招商"))
                .post("/api/v1/attraction-methods").then().statusCode(201);
        given().auth().oauth2(TestTokens.admin()).get("/api/v1/districts").then()
                .body("code", hasItem("shuanggou-park"));
    }

    @Test
    void targetsNeedAnAdminAndAKnownDistrictAndWholeCounts() {
        given().auth().oauth2(TestTokens.supervisor("s", null)).contentType("application/json")
                .body(Map.of("targets", java.util.List.of(Map.of("metric", "SIGNED_COUNT", "value", "10"))))
                .put("/api/v1/targets/2026/lianshui").then().statusCode(403);
        given().auth().oauth2(TestTokens.admin()).contentType("application/json")
                .body(Map.of("targets", java.util.List.of(Map.of("metric", "SIGNED_COUNT", "value", "10"))))
                .put("/api/v1/targets/2026/atlantis").then().statusCode(400);
        given().auth().oauth2(TestTokens.admin()).contentType("application/json")
                .body(Map.of("targets", java.util.List.of(Map.of("metric", "SIGNED_COUNT", "value", "10.5"))))
                .put("/api/v1/targets/2026/lianshui").then().statusCode(400);
        given().auth().oauth2(TestTokens.admin()).contentType("application/json")
                .body(Map.of("targets", java.util.List.of(
                        Map.of("metric", "SIGNED_AMOUNT", "value", "5000000"),
                        Map.of("metric", "SIGNED_AMOUNT", "value", "1"))))
                .put("/api/v1/targets/2026/lianshui").then().statusCode(400);
        given().auth().oauth2(TestTokens.admin()).contentType("application/json")
                .body(Map.of("targets", java.util.List.of(
                        Map.of("metric", "SIGNED_AMOUNT", "value", "5000000"),
                        Map.of("metric", "SIGNED_COUNT", "minTier", "YI_10_TO_50", "value", "12"))))
                .put("/api/v1/targets/2026/lianshui").then().statusCode(200);
        given().auth().oauth2(TestTokens.staff("s", "lianshui")).get("/api/v1/targets/2026/lianshui").then().statusCode(200)
                .body("targets.size()", equalTo(2))
                .body("targets.find { it.metric == 'SIGNED_COUNT' }.label", equalTo("签约项目数"));
    }
}
