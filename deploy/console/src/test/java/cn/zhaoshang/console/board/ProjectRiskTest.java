package cn.zhaoshang.console.board;

import cn.zhaoshang.console.Json;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ProjectRiskTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    @Test
    void anOverdueStartIsRedAndSaysWhenItWasPlanned() {
        ProjectRisk risk = ProjectRisk.of(Json.of("{'stage':'LAND_ACQUIRED','milestones':["
                + "{'stage':'CONSTRUCTION_STARTED','label':'开工','plannedOn':'2026-12-01','actualOn':null}]}"), List.of(), TODAY);
        assertEquals(ProjectRisk.Level.RED, risk.level());
        assertEquals(List.of("开工逾期（计划12月1日）"), risk.reasons());
    }

    @Test
    void aMilestoneDueWithinThirtyDaysOrATicketBlockingOneIsAmber() {
        assertEquals(ProjectRisk.Level.AMBER, ProjectRisk.of(Json.of("{'stage':'NEGOTIATING','milestones':["
                + "{'stage':'SIGNED','label':'签约','plannedOn':'2026-12-20'}]}"), List.of(), TODAY).level());
        ProjectRisk blocked = ProjectRisk.of(Json.of("{'stage':'LAND_ACQUIRED','milestones':[]}"),
                List.of(Json.of("{'title':'杆线阻挡施工','blocksMilestone':'CONSTRUCTION_STARTED','resolutionRemainingWorkingMinutes':900}")), TODAY);
        assertEquals(ProjectRisk.Level.AMBER, blocked.level());
        assertEquals(List.of("诉求「杆线阻挡施工」阻碍CONSTRUCTION_STARTED"), blocked.reasons());
    }

    @Test
    void anOverdueTicketIsRedReachedOrFarMilestonesAndEndedProjectsAreGreen() {
        assertEquals(ProjectRisk.Level.RED, ProjectRisk.of(Json.of("{'stage':'SIGNED','milestones':[]}"),
                List.of(Json.of("{'title':'用工','resolutionRemainingWorkingMinutes':-10}")), TODAY).level());
        assertEquals(ProjectRisk.Level.GREEN, ProjectRisk.of(Json.of("{'stage':'CONSTRUCTION_STARTED','milestones':["
                + "{'stage':'CONSTRUCTION_STARTED','label':'开工','plannedOn':'2026-06-01','actualOn':'2026-06-20'},"
                + "{'stage':'COMPLETED','label':'竣工','plannedOn':'2027-09-30'}]}"), List.of(), TODAY).level());
        assertEquals(ProjectRisk.Level.GREEN, ProjectRisk.of(Json.of("{'stage':'TERMINATED','milestones':["
                + "{'stage':'CONSTRUCTION_STARTED','label':'开工','plannedOn':'2026-01-01'}]}"), List.of(), TODAY).level(),
                "a terminated project has no overdue start to chase");
    }
}
