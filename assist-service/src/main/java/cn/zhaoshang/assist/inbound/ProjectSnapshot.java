package cn.zhaoshang.assist.inbound;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.LocalDate;
import cn.zhaoshang.contracts.project.ProjectEventData;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/** What assist-service reads of project-service's project document; everything else in it is ignored. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ProjectSnapshot(UUID id, long version, String name, Enterprise enterprise, String district, String stage,
                              boolean major, List<Milestone> milestones, Team team) {

    /** The same facts as a project event carries, so the read model is written one way from both. */
    public ProjectEventData toEventData() {
        Map<String, ProjectEventData.MilestoneDates> byStage = new TreeMap<>();
        if (milestones != null) {
            milestones.forEach(m -> byStage.put(m.stage(), new ProjectEventData.MilestoneDates(m.plannedOn(), m.actualOn())));
        }
        ProjectEventData.Team facts = team == null ? ProjectEventData.Team.NONE
                : new ProjectEventData.Team(team.chief(), team.leaderInCharge(), team.members());
        return new ProjectEventData(id, name, null, enterprise.creditCode(), enterprise.name(), district, null, null, List.of(),
                stage, null, major, null, null, null, version, facts, byStage, Map.of());
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Enterprise(String name, String creditCode) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Milestone(String stage, LocalDate plannedOn, LocalDate actualOn) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Team(String chief, String leaderInCharge, List<String> members) {
    }
}
