package cn.zhaoshang.notify.supervision;

import cn.zhaoshang.notify.inbox.Audience;
import cn.zhaoshang.notify.inbox.Draft;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class SupervisionRulesTest {

    private static final UUID ID = UUID.fromString("00000000-0000-0000-0000-000000000001");
    private static final LocalDate DEC_7 = LocalDate.of(2026, 12, 7);

    private static SupervisionRules.Project project(String stage, boolean major, LocalDate plannedStart, String lastReported) {
        return new SupervisionRules.Project(ID, "通灵智能光伏接线盒项目", "etdz", major, stage,
                Map.of("CONSTRUCTION_STARTED", new SupervisionRules.Dates(plannedStart, null)), lastReported);
    }

    @Test
    void aSignedProjectPastItsPlannedStartIsOverdueForTeamAndSupervisors() {
        List<SupervisionRules.Reminder> due = SupervisionRules.due(project("LAND_ACQUIRED", false, LocalDate.of(2026, 12, 1), null), List.of(), DEC_7);
        assertThat(due).extracting(SupervisionRules.Reminder::key).containsExactly("start-overdue:" + ID + ":2026-12-01");
        assertThat(due.get(0).drafts()).extracting(Draft::audience).containsExactly(Audience.PROJECT_TEAM, Audience.DISTRICT_SUPERVISORS);
        assertThat(due.get(0).drafts().get(0).body()).contains("2026-12-01").contains("供地");
        assertThat(SupervisionRules.due(project("LAND_ACQUIRED", false, DEC_7, null), List.of(), DEC_7)).isEmpty();
    }

    @Test
    void aProjectUnderConstructionWithoutLastMonthsReportIsRemindedFromTheTenth() {
        assertThat(SupervisionRules.due(project("CONSTRUCTION_STARTED", false, null, "2026-10"), List.of(), LocalDate.of(2026, 12, 9))).isEmpty();
        assertThat(SupervisionRules.due(project("CONSTRUCTION_STARTED", false, null, "2026-10"), List.of(), LocalDate.of(2026, 12, 10)))
                .extracting(SupervisionRules.Reminder::key).containsExactly("report-missing:" + ID + ":2026-11");
        assertThat(SupervisionRules.due(project("CONSTRUCTION_STARTED", false, null, "2026-11"), List.of(), LocalDate.of(2026, 12, 10))).isEmpty();
        assertThat(SupervisionRules.due(project("CONSTRUCTION_STARTED", false, null, null), List.of(), LocalDate.of(2026, 12, 10))).hasSize(1);
    }

    @Test
    void aTicketBlockingAMilestoneWithinAWeekPutsItAtRiskAndMajorProjectsTellSupervisorsToo() {
        SupervisionRules.BlockingTicket powerLine = new SupervisionRules.BlockingTicket(UUID.randomUUID(), "杆线阻挡施工", "CONSTRUCTION_STARTED");
        assertThat(SupervisionRules.due(project("CONSTRUCTION_STARTED", false, LocalDate.of(2026, 12, 15), "2026-11"), List.of(powerLine), DEC_7)).isEmpty();
        List<SupervisionRules.Reminder> minor = SupervisionRules.due(project("REGISTERED", false, LocalDate.of(2026, 12, 14), null), List.of(powerLine), DEC_7);
        assertThat(minor).hasSize(1);
        assertThat(minor.get(0).drafts()).extracting(Draft::audience).containsExactly(Audience.PROJECT_TEAM);
        assertThat(minor.get(0).drafts().get(0).urgency()).isEqualTo(Draft.Urgency.NORMAL);
        List<SupervisionRules.Reminder> major = SupervisionRules.due(project("REGISTERED", true, LocalDate.of(2026, 12, 14), null), List.of(powerLine), DEC_7);
        assertThat(major.get(0).drafts()).extracting(Draft::audience).containsExactly(Audience.PROJECT_TEAM, Audience.DISTRICT_SUPERVISORS);
    }

    private static final java.util.UUID POWER_LINE = java.util.UUID.randomUUID();

    @Test
    void theBriefCountsTheDay() {
        String body = BriefText.body(LocalDate.of(2026, 12, 6), List.of(
                new BriefText.Fact(BriefLedger.Kind.SIGNED, "库比森", new BigDecimal("120000"), null),
                new BriefText.Fact(BriefLedger.Kind.SIGNED, "钠创", new BigDecimal("50000.5"), null),
                new BriefText.Fact(BriefLedger.Kind.TICKET_OPENED, "杆线", null, POWER_LINE),
                new BriefText.Fact(BriefLedger.Kind.TICKET_RESOLVED, "杆线", null, POWER_LINE),
                new BriefText.Fact(BriefLedger.Kind.TICKET_RESOLVED, "杆线", null, POWER_LINE),
                new BriefText.Fact(BriefLedger.Kind.TICKET_CLOSED, "用地", null, java.util.UUID.randomUUID()),
                new BriefText.Fact(BriefLedger.Kind.TICKET_OVERDUE, "杆线", null, POWER_LINE),
                new BriefText.Fact(BriefLedger.Kind.ESCALATED, "杆线", null, POWER_LINE)));
        assertThat(body).isEqualTo("12月6日：新签约项目 2 个，计划总投资 170000.50 万元（库比森、钠创）；项目阶段变化 2 次；"
                + "帮办诉求新增 1 件、已办理 1 件、办结 1 件、超时 1 件；升级督办 1 件。");
    }

    @Test
    void projectFactsCountOnTheDayTheStageWasReached() {
        assertThat(BriefLedger.businessDay(java.util.Map.of("from", "SIGNED", "to", "LAND_ACQUIRED", "occurredOn", "2026-12-05")))
                .isEqualTo(LocalDate.of(2026, 12, 5));
        assertThat(BriefLedger.businessDay(java.util.Map.of("stage", "SIGNED", "stageSince", "2022-05-01")))
                .isEqualTo(LocalDate.of(2022, 5, 1));
        assertThat(BriefLedger.businessDay(java.util.Map.of("stage", "SIGNED"))).isNull();
    }
}
