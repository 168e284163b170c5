package cn.zhaoshang.project;

import cn.zhaoshang.testsupport.TestTokens;
import io.restassured.response.Response;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static io.restassured.RestAssured.given;

/** Builds enterprises and projects through the API, with credit codes whose check character is right. */
public final class ProjectFixtures {

    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final AtomicInteger SEQUENCE = new AtomicInteger((int) (System.nanoTime() % 100000));

    private ProjectFixtures() {
    }

    /** A fresh valid credit code, computed independently of the service's own check. */
    public static String newCreditCode() {
        String body = String.format("91320800MA%07d", SEQUENCE.incrementAndGet());
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(body.charAt(i)) * WEIGHTS[i];
        }
        int check = 31 - sum % 31;
        return body + ALPHABET.charAt(check == 31 ? 0 : check);
    }

    static Map<String, String> enterprise(String name) {
        String code = newCreditCode();
        String id = given().auth().oauth2(TestTokens.admin()).contentType("application/json")
                .body(Map.of("name", name, "creditCode", code, "contactPerson", "严荣跃"))
                .post("/api/v1/enterprises").then().statusCode(201).extract().path("id");
        return Map.of("id", id, "creditCode", code);
    }

    static Map<String, Object> projectBody(String enterpriseId, String district, String total) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", "测试项目" + SEQUENCE.incrementAndGet());
        body.put("enterpriseId", enterpriseId);
        body.put("district", district);
        body.put("industry", "photovoltaic");
        body.put("categories", List.of("INDUSTRIAL"));
        body.put("totalInvestment", total);
        body.put("agreedInvestment", total);
        body.put("stage", "SIGNED");
        body.put("stageSince", "2026-01-06");
        return body;
    }

    static String project(String enterpriseId, String district, String total) {
        return createProject(projectBody(enterpriseId, district, total)).then().statusCode(201).extract().path("id");
    }

    static Response createProject(Map<String, Object> body) {
        return given().auth().oauth2(TestTokens.admin()).contentType("application/json").body(body).post("/api/v1/projects");
    }

    static Response move(String projectId, Map<String, Object> body) {
        return given().auth().oauth2(TestTokens.admin()).contentType("application/json").body(body)
                .post("/api/v1/projects/" + projectId + "/transitions");
    }
}
