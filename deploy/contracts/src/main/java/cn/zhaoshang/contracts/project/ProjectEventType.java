package cn.zhaoshang.contracts.project;

import java.util.Arrays;
import java.util.Optional;

/** The types of event on {@code project.events}, with the name each has on the wire (the CloudEvent {@code type}). */
public enum ProjectEventType {
    REGISTERED("project.registered"),
    UPDATED("project.updated"),
    STAGE_CHANGED("project.stage-changed"),
    TEAM_ASSIGNED("project.team-assigned"),
    INVESTMENT_REPORTED("project.investment-reported");

    private final String wireName;

    ProjectEventType(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    /** Empty for a type this version does not know: consumers skip those. */
    public static Optional<ProjectEventType> fromWire(String type) {
        return Arrays.stream(values()).filter(t -> t.wireName.equals(type)).findFirst();
    }
}
