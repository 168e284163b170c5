package cn.zhaoshang.testsupport;

import cn.zhaoshang.contracts.CloudEvent;
import cn.zhaoshang.contracts.project.ProjectEventData;
import cn.zhaoshang.contracts.project.ProjectEventType;
import cn.zhaoshang.contracts.ticket.TicketEventData;
import cn.zhaoshang.contracts.ticket.TicketEventType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The document and the contract types agree, and the checker refuses what does not match. */
class EventContractTest {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private static final UUID PROJECT = UUID.randomUUID();

    private static ProjectEventData project() {
        return new ProjectEventData(PROJECT, "通灵智能光伏接线盒项目", UUID.randomUUID(), "91320800MA20TL004Y", "通灵集团", "etdz", "淮安经济技术开发区",
                "pv", List.of("MANUFACTURING"), "LAND_ACQUIRED", "BILLION", true, new BigDecimal("120000.00"),
                new BigDecimal("120000.00"), new BigDecimal("3200.00"), 4,
                new ProjectEventData.Team("li.na", "wang.jun", List.of("zhang.wei")),
                Map.of("CONSTRUCTION_STARTED", new ProjectEventData.MilestoneDates(LocalDate.of(2027, 3, 1), null)),
                Map.of("from", "REGISTERED", "to", "LAND_ACQUIRED"));
    }

    private static TicketEventData ticket(String blocksMilestone) {
        return new TicketEventData(UUID.randomUUID(), "杆线阻挡施工", PROJECT, "通灵智能光伏接线盒项目", "91320800MA20TL004Y", "etdz",
                true, ProjectEventData.Team.NONE, "POWER_LINE_RELOCATION", "URGENT", "SUBMITTED", null, null, 0, blocksMilestone,
                Instant.parse("2026-12-02T01:30:00Z"), Instant.parse("2026-12-04T09:30:00Z"), "tongling", 0, Map.of());
    }

    private static ObjectNode event(String source, String type, UUID subject, Object data) {
        return JSON.valueToTree(new CloudEvent<>("1.0", UUID.randomUUID().toString(), source, type, subject.toString(),
                Instant.parse("2026-12-01T01:30:00Z"), "application/json", data));
    }

    @Test
    void theDocumentDescribesBothEventTopics() {
        assertThat(EventContract.eventTopics()).containsExactlyInAnyOrder("project.events", "assist.events");
    }

    @Test
    void everyTypeTheContractNamesIsOneTheDocumentAllows() {
        for (String type : Arrays.stream(ProjectEventType.values()).map(ProjectEventType::wireName).toList()) {
            assertThat(EventContract.violations("project.events", PROJECT.toString(),
                    event("/project-service", type, PROJECT, project()).toString())).as(type).isEmpty();
        }
        for (String type : Arrays.stream(TicketEventType.values()).map(TicketEventType::wireName).toList()) {
            assertThat(EventContract.violations("assist.events", PROJECT.toString(),
                    event("/assist-service", type, UUID.randomUUID(), ticket("CONSTRUCTION_STARTED")).toString())).as(type).isEmpty();
        }
    }

    @Test
    void whatDoesNotMatchIsNamed() {
        ObjectNode unknownType = event("/project-service", "project.renamed", PROJECT, project());
        assertThat(EventContract.violations("project.events", PROJECT.toString(), unknownType.toString())).isNotEmpty();

        ObjectNode noProject = event("/project-service", "project.updated", PROJECT, project());
        ((ObjectNode) noProject.get("data")).remove("projectId");
        assertThat(EventContract.violations("project.events", PROJECT.toString(), noProject.toString()))
                .anySatisfy(v -> assertThat(v).contains("projectId"));

        ObjectNode textMoney = event("/project-service", "project.updated", PROJECT, project());
        ((ObjectNode) textMoney.get("data")).put("totalInvestment", "十二亿");
        assertThat(EventContract.violations("project.events", PROJECT.toString(), textMoney.toString())).isNotEmpty();

        ObjectNode notAStage = event("/assist-service", "ticket.submitted", UUID.randomUUID(), ticket("SOMEDAY"));
        assertThat(EventContract.violations("assist.events", PROJECT.toString(), notAStage.toString())).isNotEmpty();

        ObjectNode fine = event("/assist-service", "ticket.submitted", UUID.randomUUID(), ticket(null));
        assertThat(EventContract.violations("assist.events", "not-a-uuid", fine.toString()))
                .containsExactly("key: not-a-uuid is not a project id (a UUID)");
    }
}
