package cn.zhaoshang.notify.inbox;

import cn.zhaoshang.contracts.project.ProjectEventData;
import cn.zhaoshang.contracts.ticket.TicketEventData;
import cn.zhaoshang.contracts.ticket.TicketEventType;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class NotificationRulesTest {

    private static final UUID PROJECT = UUID.randomUUID();
    private static final ObjectMapper JSON = new ObjectMapper();

    private static TicketEventData ticket(String priority, String change) throws Exception {
        return ticket(priority, "CONSTRUCTION_STARTED", change);
    }

    private static TicketEventData ticket(String priority, String blocksMilestone, String change) throws Exception {
        return new TicketEventData(UUID.randomUUID(), "杆线阻挡施工", PROJECT, "通灵智能光伏接线盒项目", "91320800MA20TL004Y",
                "etdz", true, ProjectEventData.Team.NONE, "POWER_LINE_RELOCATION", priority, "IN_PROGRESS", "zhang.wei", "张伟", 0,
                blocksMilestone, null, Instant.parse("2026-12-01T04:00:00Z"), "zhang.wei", 3, JSON.readValue(change, Map.class));
    }

    @Test
    void aNewTicketTellsTheEnterpriseItArrivedAndTheTeamToTakeIt() throws Exception {
        List<Draft> drafts = NotificationRules.forTicketEvent(TicketEventType.fromWire("ticket.submitted").orElseThrow(), ticket("URGENT", "{}"));
        assertThat(drafts).extracting(Draft::audience, Draft::kind, Draft::urgency).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Audience.ENTERPRISE, NotificationKind.TICKET_RECEIVED, Draft.Urgency.NORMAL),
                org.assertj.core.groups.Tuple.tuple(Audience.PROJECT_TEAM, NotificationKind.NEW_TICKET, Draft.Urgency.URGENT));
        assertThat(drafts.get(0).audienceKey()).isEqualTo("91320800MA20TL004Y");
        assertThat(drafts.get(1).audienceKey()).isEqualTo(PROJECT.toString());
        assertThat(drafts.get(1).body()).contains("通灵智能光伏接线盒项目").contains("杆线阻挡施工");
    }

    @Test
    void aHandOverReachesTheNewOwnerByName() throws Exception {
        List<Draft> drafts = NotificationRules.forTicketEvent(TicketEventType.fromWire("ticket.assigned").orElseThrow(),
                ticket("NORMAL", "{\"from\":\"zhang.wei\",\"to\":\"li.na\",\"note\":\"请对接供电公司\"}"));
        assertThat(drafts).extracting(Draft::audience).containsExactly(Audience.ENTERPRISE, Audience.USER);
        assertThat(drafts.get(1).audienceKey()).isEqualTo("li.na");
        assertThat(drafts.get(1).body()).contains("请对接供电公司");
    }

    @Test
    void onlyTheTeamsPublicAnswersReachTheEnterprise() throws Exception {
        assertThat(NotificationRules.forTicketEvent(TicketEventType.fromWire("ticket.commented").orElseThrow(), ticket("NORMAL", "{\"byTeam\":true,\"body\":\"已联系\"}")))
                .extracting(Draft::audience, Draft::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Audience.ENTERPRISE, NotificationKind.TICKET_ANSWERED));
        assertThat(NotificationRules.forTicketEvent(TicketEventType.fromWire("ticket.commented").orElseThrow(), ticket("NORMAL", "{\"byTeam\":false,\"body\":\"补充材料\"}")))
                .extracting(Draft::audience, Draft::audienceKey).containsExactly(org.assertj.core.groups.Tuple.tuple(Audience.USER, "zhang.wei"));
    }

    @Test
    void aDeadlineMovedByANewHolidayArrangementIsToldToTheEnterpriseAndTheTeamInBeijingTime() throws Exception {
        List<Draft> drafts = NotificationRules.forTicketEvent(TicketEventType.fromWire("ticket.deadlines-moved").orElseThrow(),
                ticket("NORMAL", """
                        {"resolutionDueAt":{"from":"2028-01-31T09:30:00Z","to":"2028-02-08T09:30:00Z"},
                         "notice":"国务院办公厅关于2028年部分节假日安排的通知"}"""));
        assertThat(drafts).extracting(Draft::audience, Draft::kind).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Audience.ENTERPRISE, NotificationKind.DEADLINES_MOVED),
                org.assertj.core.groups.Tuple.tuple(Audience.PROJECT_TEAM, NotificationKind.DEADLINES_MOVED));
        assertThat(drafts.get(0).body()).isEqualTo("因《国务院办公厅关于2028年部分节假日安排的通知》，诉求「杆线阻挡施工」（通灵智能光伏接线盒项目）"
                + "的办结时限由1月31日 17:30改为2月8日 17:30。");
    }

    @Test
    void breachesAndEscalationsAreUrgentForTheDistrictsSupervisors() throws Exception {
        List<Draft> breach = NotificationRules.forTicketEvent(TicketEventType.fromWire("ticket.sla-breached").orElseThrow(),
                ticket("NORMAL", "{\"limit\":\"RESOLUTION\",\"dueAt\":\"2026-12-01T04:00:00Z\"}"));
        assertThat(breach).extracting(Draft::audience).containsExactly(Audience.DISTRICT_SUPERVISORS, Audience.PROJECT_TEAM);
        assertThat(breach.get(0).urgency()).isEqualTo(Draft.Urgency.URGENT);
        assertThat(breach.get(0).body()).contains("办结时限");
        List<Draft> escalated = NotificationRules.forTicketEvent(TicketEventType.fromWire("ticket.escalated").orElseThrow(),
                ticket("NORMAL", "{\"toLabel\":\"包联领导\",\"reason\":\"超时\"}"));
        assertThat(escalated.get(0).title()).startsWith("诉求升级至包联领导");
        assertThat(escalated.get(0).audienceKey()).isEqualTo("etdz");
    }

    @Test
    void aComingBreachReachesTheTeamAndForUrgentOrBlockingTicketsTheSupervisorsToo() throws Exception {
        String change = "{\"limit\":\"RESPONSE\",\"dueAt\":\"2026-12-01T04:00:00Z\"}";
        assertThat(NotificationRules.forTicketEvent(TicketEventType.fromWire("ticket.sla-warning").orElseThrow(), ticket("NORMAL", null, change)))
                .extracting(Draft::audience).containsExactly(Audience.PROJECT_TEAM);
        assertThat(NotificationRules.forTicketEvent(TicketEventType.fromWire("ticket.sla-warning").orElseThrow(), ticket("URGENT", null, change)))
                .extracting(Draft::audience).containsExactly(Audience.PROJECT_TEAM, Audience.DISTRICT_SUPERVISORS);
        List<Draft> blocking = NotificationRules.forTicketEvent(TicketEventType.fromWire("ticket.sla-warning").orElseThrow(), ticket("NORMAL", "CONSTRUCTION_STARTED", change));
        assertThat(blocking).extracting(Draft::audience).containsExactly(Audience.PROJECT_TEAM, Audience.DISTRICT_SUPERVISORS);
        assertThat(blocking.get(1).audienceKey()).isEqualTo("etdz");
        assertThat(blocking.get(1).body()).contains("响应时限将至");
    }

    @Test
    void theEnterpriseHearsTheWholeStoryToTheEnd() throws Exception {
        for (String type : List.of("ticket.accepted", "ticket.resolved", "ticket.confirm-reminder", "ticket.confirmed", "ticket.closed")) {
            assertThat(NotificationRules.forTicketEvent(TicketEventType.fromWire(type).orElseThrow(), ticket("NORMAL", "{\"resolution\":\"已迁移\"}")))
                    .as(type).extracting(Draft::audience).containsExactly(Audience.ENTERPRISE);
        }
        assertThat(NotificationRules.forTicketEvent(TicketEventType.fromWire("ticket.paused").orElseThrow(), ticket("NORMAL", "{}"))).isEmpty();
    }

    @Test
    void everyTicketEventTypeIsDecidedAndOnlyTheQuietOnesNotifyNobody() throws Exception {
        EnumSet<TicketEventType> quiet = EnumSet.of(TicketEventType.PAUSED, TicketEventType.RESUMED,
                TicketEventType.MEETING_SCHEDULED, TicketEventType.MEETING_DECIDED);
        for (TicketEventType type : TicketEventType.values()) {
            List<Draft> drafts = NotificationRules.forTicketEvent(type, ticket("NORMAL", "{\"byTeam\":true}"));
            assertThat(drafts.isEmpty()).as(type.wireName()).isEqualTo(quiet.contains(type));
        }
    }

    /** Times read as Beijing time in Chinese form, never a UTC instant; quoted sentences keep one full stop. */
    @Test
    void textsReadAsPeopleWriteThem() throws Exception {
        String warning = NotificationRules.forTicketEvent(TicketEventType.fromWire("ticket.sla-warning").orElseThrow(),
                ticket("URGENT", "{\"limit\":\"RESPONSE\",\"dueAt\":\"2026-12-02T01:30:00Z\"}")).get(0).body();
        assertThat(warning).contains("响应时限将至（截止12月2日 09:30）").doesNotContain("2026-12-02T01:30:00Z");
        String breach = NotificationRules.forTicketEvent(TicketEventType.fromWire("ticket.sla-breached").orElseThrow(),
                ticket("URGENT", "{\"limit\":\"RESOLUTION\",\"dueAt\":\"2026-12-31T16:30:00Z\"}")).get(0).body();
        assertThat(breach).contains("办结时限（截止1月1日 00:30）");
        String resolved = NotificationRules.forTicketEvent(TicketEventType.fromWire("ticket.resolved").orElseThrow(),
                ticket("NORMAL", "{\"resolution\":\"已完成杆线迁移。\"}")).get(0).body();
        assertThat(resolved).contains("已办理：已完成杆线迁移。请确认并评价。").doesNotContain("。。");
        String plain = NotificationRules.forTicketEvent(TicketEventType.fromWire("ticket.resolved").orElseThrow(),
                ticket("NORMAL", "{\"resolution\":\"已完成杆线迁移\"}")).get(0).body();
        assertThat(plain).contains("已办理：已完成杆线迁移。请确认并评价。");
        String reopened = NotificationRules.forTicketEvent(TicketEventType.fromWire("ticket.reopened").orElseThrow(),
                ticket("NORMAL", "{\"reason\":\"杆线仍在红线内！\"}")).get(0).body();
        assertThat(reopened).endsWith("杆线仍在红线内！");
    }

    /** An enterprise reads who took its ticket by name (or as the team's staff), never by login name. */
    @Test
    void theEnterpriseReadsPeopleByName() throws Exception {
        String accepted = NotificationRules.forTicketEvent(TicketEventType.fromWire("ticket.accepted").orElseThrow(),
                ticket("NORMAL", "{}")).get(0).body();
        assertThat(accepted).contains("已由 张伟 受理").doesNotContain("zhang.wei");
        TicketEventData unnamed = new TicketEventData(UUID.randomUUID(), "杆线阻挡施工", PROJECT, "通灵智能光伏接线盒项目",
                "91320800MA20TL004Y", "etdz", true, ProjectEventData.Team.NONE, "POWER_LINE_RELOCATION", "NORMAL", "ACCEPTED",
                "li.na", null, 0, null, null, Instant.parse("2026-12-01T04:00:00Z"), "zhang.wei", 4,
                Map.of("from", "zhang.wei", "to", "li.na"));
        String handedOver = NotificationRules.forTicketEvent(TicketEventType.fromWire("ticket.assigned").orElseThrow(), unnamed)
                .get(0).body();
        assertThat(handedOver).contains("已交由专班工作人员办理").doesNotContain("li.na");
    }

    @Test
    void aMajorProjectsMoveIsDatedInChinese() {
        ProjectEventData project = new ProjectEventData(PROJECT, "通灵智能光伏接线盒项目", null, "91320800MA20TL004Y", "通灵集团",
                "etdz", "淮安经济技术开发区", "photovoltaic", List.of(), "LAND_ACQUIRED", "YI_10_TO_50", true, null, null, null, 3,
                ProjectEventData.Team.NONE, Map.of(), Map.of("from", "REGISTERED", "to", "LAND_ACQUIRED", "occurredOn", "2026-10-12"));
        List<Draft> drafts = NotificationRules.forProjectEvent(cn.zhaoshang.contracts.project.ProjectEventType.STAGE_CHANGED, project);
        assertThat(drafts.get(0).body()).contains("于2026年10月12日由").doesNotContain("2026-10-12");
    }
}
