package cn.zhaoshang.local;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Real cases reported in Huai'an's investment news, loaded through the public API as a user would: 天合光能 (signed → started in
 * 32 days, 拿地即开工), 捷泰新能源 (51 days to start, 151 to production), 库比森轮胎 (100亿, first tyre after
 * 241 days, two months ahead of plan), 通灵集团 (land acquired, start planned soon), plus leads and targets.
 */
final class DemoData {

    static final String USERS = """
            admin (admin) · zhang.wei (staff, etdz, 天合/通灵 team) · li.na (staff, chief of 通灵) ·
              wang.jun (supervisor, etdz) · zhao.lei (supervisor, city-wide: "district":"*") ·
              tongling (enterprise 91320800MA20TL004Y) · trina (enterprise 91320891MA1MTRN01G)""";

    private final String adminToken;
    private final String projectService;

    /** @param adminToken an admin's token, from whichever issuer the services trust */
    DemoData(String adminToken, String projectService) {
        this.adminToken = adminToken;
        this.projectService = projectService;
    }

    void load() {
        Api api = new Api(projectService, adminToken);
        String trina = enterprise(api, "天合光能(淮安)有限公司", "91320891MA1MTRN01G", "吴经理");
        String kubisen = enterprise(api, "库比森轮胎(淮安)有限公司", "91320803MA1XKB802Y", "陈经理");
        String jietai = enterprise(api, "淮安捷泰新能源科技有限公司", "91320891MA1YJT003A", "张满良");
        String tongling = enterprise(api, "通灵集团(淮安)有限公司", "91320800MA20TL004Y", "严荣跃");
        String pengding = enterprise(api, "鹏鼎控股(淮安)有限公司", "91320800MA21PD005T", "刘经理");
        String sodium = enterprise(api, "淮安钠创新能源有限公司", "91320800MA23NA007Q", "孙经理");

        String trinaPhase1 = project(api, trina, "天合光能淮安基地一期项目", "etdz", "photovoltaic", "350000.00", "350000.00",
                "SIGNED", "2023-01-06", Map.of("CONSTRUCTION_STARTED", "2023-02-28", "IN_PRODUCTION", "2023-12-31"), null);
        move(api, trinaPhase1, "REGISTERED", "2023-01-16", null);
        move(api, trinaPhase1, "LAND_ACQUIRED", "2023-02-07", null);
        start(api, trinaPhase1, "2023-02-07", "拿地即开工");
        complete(api, trinaPhase1, "2023-11-20");
        move(api, trinaPhase1, "IN_PRODUCTION", "2023-12-08", null);
        team(api, trinaPhase1, "li.na", "zhao.lei", List.of("zhang.wei"),
                List.of("注册备案", "资规", "环评", "电力接入"));
        String trinaPhase2 = project(api, trina, "天合光能淮安基地二期项目", "etdz", "photovoltaic", "500000.00", "500000.00",
                "SIGNED", "2023-03-10", Map.of("CONSTRUCTION_STARTED", "2023-04-30"), trinaPhase1);
        move(api, trinaPhase2, "LAND_ACQUIRED", "2023-04-10", "二期用地");
        start(api, trinaPhase2, "2023-04-11", null);

        String jietaiPhase1 = project(api, jietai, "捷泰新能源一期项目", "etdz", "photovoltaic", "560000.00", "560000.00",
                "SIGNED", "2022-11-08", Map.of("CONSTRUCTION_STARTED", "2023-01-15", "IN_PRODUCTION", "2023-05-30"), null);
        move(api, jietaiPhase1, "LAND_ACQUIRED", "2022-12-20", "跳过单独备案，随供地办理");
        start(api, jietaiPhase1, "2022-12-29", null);
        complete(api, jietaiPhase1, "2023-04-01");
        move(api, jietaiPhase1, "IN_PRODUCTION", "2023-04-08", null);

        String kubisenTyres = project(api, kubisen, "库比森轮胎项目", "huaian", "high-end-equipment", "1000000.00", "1000000.00",
                "SIGNED", "2024-03-18", Map.of("CONSTRUCTION_STARTED", "2024-05-01", "IN_PRODUCTION", "2025-01-14"), null);
        move(api, kubisenTyres, "LAND_ACQUIRED", "2024-04-08", "签约即供地");
        start(api, kubisenTyres, "2024-04-20", null);
        complete(api, kubisenTyres, "2024-10-30");
        move(api, kubisenTyres, "IN_PRODUCTION", "2024-11-14", null);
        team(api, kubisenTyres, "chen.gang", "zhao.lei", List.of("liu.fang"), List.of("漕运镇"));
        for (String month : List.of("2026-01", "2026-02", "2026-03", "2026-04", "2026-05", "2026-06", "2026-07", "2026-08", "2026-09", "2026-10")) {
            api.post("/api/v1/projects/" + kubisenTyres + "/investment-reports", Map.of("month", month, "amount", "21500.00"));
        }

        String tonglingBox = project(api, tongling, "通灵智能光伏接线盒项目", "etdz", "photovoltaic", "120000.00", "120000.00",
                "SIGNED", "2026-07-06", Map.of("CONSTRUCTION_STARTED", "2026-12-01", "COMPLETED", "2027-09-30"), null);
        move(api, tonglingBox, "REGISTERED", "2026-07-20", null);
        move(api, tonglingBox, "LAND_ACQUIRED", "2026-10-12", null);
        team(api, tonglingBox, "li.na", "wang.jun", List.of("zhang.wei"), List.of("电力接入", "施工许可"));
        api.post("/api/v1/projects/" + tonglingBox + "/investment-reports", Map.of("month", "2026-10", "amount", "3200.00"));

        project(api, pengding, "鹏鼎高阶HDI及类载板项目", "etdz", "pcb", "650000.00", "650000.00", "NEGOTIATING", "2026-09-15",
                Map.of("SIGNED", "2026-12-20"), null);
        project(api, sodium, "高效钠离子电池产业化项目", "lianshui", "sodium-battery", "500000.00", "480000.00", "SIGNED", "2026-04-22",
                Map.of("CONSTRUCTION_STARTED", "2026-08-31"), null);
        project(api, sodium, "钠离子电池正极材料配套项目", "lianshui", "new-materials", "30000.00", "30000.00", "LEAD", "2026-11-02",
                Map.of(), null);

        targets(api, "lianshui", "5000000", "100", "12");
        targets(api, "etdz", "8000000", "150", "20");
        targets(api, "huaian", "4000000", "80", "10");
    }

    static String enterprise(Api api, String name, String creditCode, String contact) {
        return api.post("/api/v1/enterprises", Map.of("name", name, "creditCode", creditCode, "contactPerson", contact))
                .get("id").asText();
    }

    static String project(Api api, String enterpriseId, String name, String district, String industry, String total,
                                  String agreed, String stage, String since, Map<String, String> planned, String parent) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("enterpriseId", enterpriseId);
        body.put("district", district);
        body.put("industry", industry);
        body.put("categories", List.of("INDUSTRIAL", "ADVANCED_MANUFACTURING"));
        body.put("attractionMethod", parent == null ? "INDUSTRY_CHAIN" : "BUSINESS_REFERRAL");
        body.put("totalInvestment", total);
        body.put("agreedInvestment", agreed);
        body.put("stage", stage);
        body.put("stageSince", since);
        body.put("plannedMilestones", planned);
        if (parent != null) {
            body.put("kind", "PHASE");
            body.put("parentProjectId", parent);
            body.put("phaseLabel", "二期");
        }
        JsonNode created = api.post("/api/v1/projects", body);
        return created.get("id").asText();
    }

    static void move(Api api, String projectId, String to, String on, String reason) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("to", to);
        body.put("occurredOn", on);
        if (reason != null) {
            body.put("reason", reason);
            body.put("note", reason);
        }
        api.post("/api/v1/projects/" + projectId + "/transitions", body);
    }

    private static void start(Api api, String projectId, String on, String note) {
        Map<String, Object> body = new LinkedHashMap<>(Map.of("to", "CONSTRUCTION_STARTED", "occurredOn", on,
                "recognizedBy", "淮安市重大项目办 (开工认定)"));
        if (note != null) {
            body.put("note", note);
        }
        api.post("/api/v1/projects/" + projectId + "/transitions", body);
    }

    private static void complete(Api api, String projectId, String on) {
        api.post("/api/v1/projects/" + projectId + "/transitions", Map.of("to", "COMPLETED", "occurredOn", on,
                "recognizedBy", "淮安市住建局 (竣工验收)"));
    }

    static void team(Api api, String projectId, String chief, String leader, List<String> members, List<String> groups) {
        api.put("/api/v1/projects/" + projectId + "/team", Map.of(
                "chief", chief, "leaderInCharge", leader, "members", members,
                "assistingUnits", List.of("淮安经济技术开发区管委会", "漕运镇"),
                "liaisonGroups", groups.stream().map(topic -> Map.of("topic", topic, "members", members)).toList()));
    }

    private static void targets(Api api, String district, String signedAmount, String signedOver1Yi, String signedOver10Yi) {
        api.put("/api/v1/targets/2026/" + district, Map.of("targets", List.of(
                Map.of("metric", "SIGNED_AMOUNT", "value", signedAmount),
                Map.of("metric", "SIGNED_COUNT", "minTier", "YI_1_TO_10", "value", signedOver1Yi),
                Map.of("metric", "SIGNED_COUNT", "minTier", "YI_10_TO_50", "value", signedOver10Yi),
                Map.of("metric", "STARTED_COUNT", "minTier", "YI_1_TO_10", "value", "60"),
                Map.of("metric", "EFFECTIVE_INVESTMENT", "value", "2000000"))));
    }
}
