package cn.zhaoshang.notify.inbound;

import cn.zhaoshang.notify.inbox.Audience;
import cn.zhaoshang.notify.inbox.Draft;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class NotificationRulesTest {

    private static final UUID PROJECT = UUID.randomUUID();
    private static final ObjectMapper JSON = new ObjectMapper();

    private static TicketFacts ticket(String priority, String change) throws Exception {
        return ticket(priority, "CONSTRUCTION_STARTED", change);
    }

    private static TicketFacts ticket(String priority, String blocksMilestone, String change) throws Exception {
        return new TicketFacts(UUID.randomUUID(), "杆线阻挡施工", PROJECT, "通灵智能光伏接线盒项目", "91320800MA20TL004Y",
                "etdz", true, priority, "zhang.wei", 0, "2026-12-01T04:00:00Z", "IN_PROGRESS", blocksMilestone, 3,
                JSON.readTree(change));
    }

    @Test
    void aNewTicketTellsTheEnterpriseItArrivedAndTheTeamToTakeIt() throws Exception {
        List<Draft> drafts = NotificationRules.forTicketEvent("ticket.submitted", ticket("URGENT", "{}"));
        assertThat(drafts).extracting(Draft::audience, Draft::kind, Draft::urgency).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Audience.ENTERPRISE, "TICKET_RECEIVED", Draft.Urgency.NORMAL),
                org.assertj.core.groups.Tuple.tuple(Audience.PROJECT_TEAM, "NEW_TICKET", Draft.Urgency.URGENT));
        assertThat(drafts.get(0).audienceKey()).isEqualTo("91320800MA20TL004Y");
        assertThat(drafts.get(1).audienceKey()).isEqualTo(PROJECT.toString());
        assertThat(drafts.get(1).body()).contains("通灵智能光伏接线盒项目").contains("杆线阻挡施工");
    }

    @Test
    void aHandOverReachesTheNewOwnerByName() throws Exception {
        List<Draft> drafts = NotificationRules.forTicketEvent("ticket.assigned",
                ticket("NORMAL", "{\"from\":\"zhang.wei\",\"to\":\"li.na\",\"note\":\"请对接供电公司\"}"));
        assertThat(drafts).extracting(Draft::audience).containsExactly(Audience.ENTERPRISE, Audience.USER);
        assertThat(drafts.get(1).audienceKey()).isEqualTo("li.na");
        assertThat(drafts.get(1).body()).contains("请对接供电公司");
    }

    @Test
    void onlyTheTeamsPublicAnswersReachTheEnterprise() throws Exception {
        assertThat(NotificationRules.forTicketEvent("ticket.commented", ticket("NORMAL", "{\"byTeam\":true,\"body\":\"已联系\"}")))
                .extracting(Draft::audience, Draft::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Audience.ENTERPRISE, "TICKET_ANSWERED"));
        assertThat(NotificationRules.forTicketEvent("ticket.commented", ticket("NORMAL", "{\"byTeam\":false,\"body\":\"补充材料\"}")))
                .extracting(Draft::audience, Draft::audienceKey).containsExactly(org.assertj.core.groups.Tuple.tuple(Audience.USER, "zhang.wei"));
    }

    @Test
    void breachesAndEscalationsAreUrgentForTheDistrictsSupervisors() throws Exception {
        List<Draft> breach = NotificationRules.forTicketEvent("ticket.sla-breached",
                ticket("NORMAL", "{\"limit\":\"RESOLUTION\",\"dueAt\":\"2026-12-01T04:00:00Z\"}"));
        assertThat(breach).extracting(Draft::audience).containsExactly(Audience.DISTRICT_SUPERVISORS, Audience.PROJECT_TEAM);
        assertThat(breach.get(0).urgency()).isEqualTo(Draft.Urgency.URGENT);
        assertThat(breach.get(0).body()).contains("办结时限");
        List<Draft> escalated = NotificationRules.forTicketEvent("ticket.escalated",
                ticket("NORMAL", "{\"toLabel\":\"包联领导\",\"reason\":\"超时\"}"));
        assertThat(escalated.get(0).title()).startsWith("诉求升级至包联领导");
        assertThat(escalated.get(0).audienceKey()).isEqualTo("etdz");
    }

    @Test
    void aComingBreachReachesTheTeamAndForUrgentOrBlockingTicketsTheSupervisorsToo() throws Exception {
        String change = "{\"limit\":\"RESPONSE\",\"dueAt\":\"2026-12-01T04:00:00Z\"}";
        assertThat(NotificationRules.forTicketEvent("ticket.sla-warning", ticket("NORMAL", null, change)))
                .extracting(Draft::audience).containsExactly(Audience.PROJECT_TEAM);
        assertThat(NotificationRules.forTicketEvent("ticket.sla-warning", ticket("URGENT", null, change)))
                .extracting(Draft::audience).containsExactly(Audience.PROJECT_TEAM, Audience.DISTRICT_SUPERVISORS);
        List<Draft> blocking = NotificationRules.forTicketEvent("ticket.sla-warning", ticket("NORMAL", "CONSTRUCTION_STARTED", change));
        assertThat(blocking).extracting(Draft::audience).containsExactly(Audience.PROJECT_TEAM, Audience.DISTRICT_SUPERVISORS);
        assertThat(blocking.get(1).audienceKey()).isEqualTo("etdz");
        assertThat(blocking.get(1).body()).contains("响应时限将至");
    }

    @Test
    void theEnterpriseHearsTheWholeStoryToTheEnd() throws Exception {
        for (String type : List.of("ticket.accepted", "ticket.resolved", "ticket.confirm-reminder", "ticket.confirmed", "ticket.closed")) {
            assertThat(NotificationRules.forTicketEvent(type, ticket("NORMAL", "{\"resolution\":\"已迁移\"}")))
                    .as(type).extracting(Draft::audience).containsExactly(Audience.ENTERPRISE);
        }
        assertThat(NotificationRules.forTicketEvent("ticket.paused", ticket("NORMAL", "{}"))).isEmpty();
    }

    @Test
    void everyKindTheRulesProduceIsOneUsersCanChooseAmong() throws Exception {
        for (String type : List.of("ticket.submitted", "ticket.accepted", "ticket.assigned", "ticket.commented", "ticket.resolved",
                "ticket.confirm-reminder", "ticket.confirmed", "ticket.closed", "ticket.reopened", "ticket.sla-warning",
                "ticket.sla-breached", "ticket.escalated")) {
            for (String change : List.of("{\"byTeam\":true}", "{\"byTeam\":false}")) {
                NotificationRules.forTicketEvent(type, ticket("NORMAL", change)).forEach(d ->
                        assertThat(cn.zhaoshang.notify.inbox.NotificationKind.known(d.kind())).as(d.kind()).isTrue());
            }
        }
    }
}
