package cn.zhaoshang.notify.inbound;

import cn.zhaoshang.notify.inbox.Audience;
import cn.zhaoshang.notify.inbox.Draft;
import cn.zhaoshang.notify.inbox.Draft.Urgency;

import java.util.List;

/**
 * Which event notifies whom, with what text: one table, read top to bottom. Plain Java, tested without Quarkus.
 */
public final class NotificationRules {

    private NotificationRules() {
    }

    public static List<Draft> forProjectEvent(String type, ProjectFacts p) {
        return switch (type) {
            case "project.stage-changed" -> p.major() ? List.of(new Draft(Audience.DISTRICT_SUPERVISORS, p.district(),
                    "MAJOR_PROJECT_STAGE_CHANGED", Urgency.NORMAL,
                    "重特大项目「" + p.name() + "」进入" + ProjectFacts.label(p.change().path("to").asText(p.stage())) + "阶段",
                    "项目「" + p.name() + "」于" + p.change().path("occurredOn").asText("") + "由"
                            + ProjectFacts.label(p.change().path("from").asText("")) + "转入"
                            + ProjectFacts.label(p.change().path("to").asText(p.stage())) + "。",
                    p.projectId(), null)) : List.of();
            case "project.team-assigned" -> List.of(new Draft(Audience.PROJECT_TEAM, p.projectId().toString(),
                    "TEAM_ASSIGNED", Urgency.NORMAL,
                    "项目「" + p.name() + "」专班已组建",
                    "您已在项目「" + p.name() + "」的服务专班中，该项目的帮办诉求将推送给专班。",
                    p.projectId(), null));
            default -> List.of();
        };
    }
}
