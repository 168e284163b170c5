package cn.zhaoshang.assist.inbound;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What assist-service reads of project-service's project document; everything else in it is ignored. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ProjectSnapshot(UUID id, long version, String name, Enterprise enterprise, String district, String stage,
                              boolean major, List<Milestone> milestones, Team team) {

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
