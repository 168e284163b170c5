package cn.zhaoshang.notify.audit;

import cn.zhaoshang.testsupport.AuditTrailChecks;
import cn.zhaoshang.testsupport.RealInfrastructure;
import cn.zhaoshang.testsupport.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import javax.sql.DataSource;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "notify_service"))
class AuditTrailTest {

    @Inject
    DataSource dataSource;

    @Test
    void changesAndRefusalsAreRecordedAndTheTrailCannotBeChanged() {
        given().auth().oauth2(TestTokens.enterprise("tl.audit", "91320800MA20TL004Y")).contentType("application/json")
                .header("User-Agent", "audit-test/1.0").body(Map.of("url", "https://example.com/hook", "secret", "0123456789abcdef"))
                .post("/api/v1/webhooks").then().statusCode(403);
        given().auth().oauth2(TestTokens.token("admin.audit", List.of("admin"), null, null)).contentType("application/json")
                .body(Map.of("email", "not-an-address")).put("/api/v1/preferences").then().statusCode(400);
        given().auth().oauth2(TestTokens.token("admin.audit", List.of("admin"), null, null)).get("/api/v1/preferences")
                .then().statusCode(200);

        List<Map<String, Object>> enterprise = AuditTrailChecks.entriesOf("tl.audit");
        assertThat(enterprise).singleElement().satisfies(e -> assertThat(e)
                .containsEntry("method", "POST").containsEntry("path", "/api/v1/webhooks").containsEntry("status", 403)
                .containsEntry("userAgent", "audit-test/1.0").containsEntry("enterprise", "91320800MA20TL004Y"));
        List<Map<String, Object>> admin = AuditTrailChecks.entriesOf("admin.audit");
        assertThat(admin).extracting(e -> e.get("status")).containsExactly(400);

        AuditTrailChecks.assertOnlyAdminsReadIt();
        AuditTrailChecks.assertAnonymousRefusalsAreCountedNotListed("/api/v1/webhooks");
        AuditTrailChecks.assertAppendOnly(dataSource);
    }
}
