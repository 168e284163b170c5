package cn.zhaoshang.project;

import cn.zhaoshang.testsupport.EventContract;
import cn.zhaoshang.testsupport.KafkaProbe;
import cn.zhaoshang.testsupport.RealInfrastructure;
import cn.zhaoshang.testsupport.TestTokens;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static cn.zhaoshang.project.ProjectFixtures.enterprise;
import static cn.zhaoshang.project.ProjectFixtures.move;
import static cn.zhaoshang.project.ProjectFixtures.project;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "project_service"))
class ProjectEventsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyChangeReachesKafkaAsACloudEventKeyedByProjectInCommitOrder() throws Exception {
        Map<String, String> e = enterprise("通灵集团");
        String id = project(e.get("id"), "etdz", "120000");
        given().auth().oauth2(TestTokens.admin()).contentType("application/json")
                .body(Map.of("chief", "li.na", "leaderInCharge", "wang.jun", "members", List.of("zhang.wei")))
                .put("/api/v1/projects/" + id + "/team").then().statusCode(200);
        move(id, Map.of("to", "REGISTERED", "occurredOn", "2026-02-01")).then().statusCode(201);
        move(id, Map.of("to", "LAND_ACQUIRED", "occurredOn", "2026-03-01")).then().statusCode(201);
        given().auth().oauth2(TestTokens.admin()).contentType("application/json").body(Map.of("month", "2026-03", "amount", "3200.00"))
                .post("/api/v1/projects/" + id + "/investment-reports").then().statusCode(201);

        List<ConsumerRecord<String, String>> records = KafkaProbe.await("project.events", r -> id.equals(r.key()), 5, Duration.ofSeconds(30));

        assertThat(records).hasSize(5);
        records.forEach(r -> EventContract.assertConforms("project.events", r.key(), r.value()));
        List<JsonNode> events = records.stream().map(r -> read(r.value())).toList();
        assertThat(events).extracting(ev -> ev.get("type").asText()).containsExactly(
                "project.registered", "project.team-assigned", "project.stage-changed", "project.stage-changed",
                "project.investment-reported");
        assertThat(records).extracting(ConsumerRecord::partition).containsOnly(records.get(0).partition());
        assertThat(events).extracting(ev -> ev.get("id").asText()).doesNotHaveDuplicates();
        JsonNode landed = events.get(3);
        assertThat(landed.get("specversion").asText()).isEqualTo("1.0");
        assertThat(landed.get("source").asText()).isEqualTo("/project-service");
        assertThat(landed.get("subject").asText()).isEqualTo(id);
        assertThat(landed.get("time").asText()).isNotBlank();
        JsonNode data = landed.get("data");
        assertThat(data.get("enterpriseCode").asText()).isEqualTo(e.get("creditCode"));
        assertThat(data.get("district").asText()).isEqualTo("etdz");
        assertThat(data.get("districtName").asText()).isEqualTo("淮安经济技术开发区");
        assertThat(data.get("major").asBoolean()).isTrue();
        assertThat(data.get("stage").asText()).isEqualTo("LAND_ACQUIRED");
        assertThat(data.at("/change/from").asText()).isEqualTo("REGISTERED");
        assertThat(data.at("/team/members").toString()).contains("zhang.wei", "li.na", "wang.jun");
        assertThat(events.get(4).at("/data/change/cumulative").decimalValue()).isEqualByComparingTo("3200.00");
        assertThat(events).extracting(ev -> ev.at("/data/version").asLong()).isSorted();
    }

    private static JsonNode read(String value) {
        try {
            return JSON.readTree(value);
        } catch (Exception ex) {
            throw new IllegalStateException(ex);
        }
    }
}
