package cn.zhaoshang.assist.ticket.policy;

import cn.zhaoshang.assist.ticket.Category;
import cn.zhaoshang.assist.ticket.Priority;
import cn.zhaoshang.assist.ticket.SlaLimits;
import cn.zhaoshang.testsupport.RealInfrastructure;
import cn.zhaoshang.testsupport.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Policies are kept per replica for a bounded time: a change here counts at once, one by another replica within the bound. */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "assist_service"))
class SlaPolicyLimitsTest {

    @Inject
    SlaLimits limits;
    @Inject
    DataSource dataSource;

    private int resolutionAmount() {
        return QuarkusTransaction.requiringNew().call(() -> limits.of(Category.OTHER, Priority.URGENT).resolutionAmount());
    }

    @Test
    void aChangeHereCountsAtOnceAndAChangeByAnotherReplicaWithinTheBound() throws Exception {
        int before = resolutionAmount(); // now kept by this replica
        assertThat(before).isNotEqualTo(3);
        given().auth().oauth2(TestTokens.admin()).contentType("application/json")
                .body(Map.of("priority", "URGENT", "responseAmount", 2, "responseUnit", "WORKING_HOURS",
                        "resolutionAmount", 3, "resolutionUnit", "WORKING_DAYS"))
                .put("/api/v1/sla-policies/OTHER").then().statusCode(200);
        assertThat(resolutionAmount()).as("changed through this replica: counts at once").isEqualTo(3);

        // another replica stores a change: this one sees it no later than the bound
        long changedAt = System.nanoTime();
        try (Connection connection = dataSource.getConnection(); Statement update = connection.createStatement()) {
            update.executeUpdate("update sla_policy set resolution_amount = 4 where category = 'OTHER' and priority = 'URGENT'");
        }
        await().atMost(SlaPolicyLimits.FRESH_FOR.plusSeconds(1)).pollInterval(Duration.ofMillis(100))
                .until(() -> resolutionAmount() == 4);
        assertThat(Duration.ofNanos(System.nanoTime() - changedAt)).isLessThanOrEqualTo(SlaPolicyLimits.FRESH_FOR.plusMillis(200));
    }
}
