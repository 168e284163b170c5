package cn.zhaoshang.project.registry;

import cn.zhaoshang.chassis.outbox.Outbox;
import cn.zhaoshang.chassis.persistence.Row;
import cn.zhaoshang.contracts.project.ProjectEventData;
import cn.zhaoshang.contracts.project.ProjectEventType;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes {@code project.*} events to the outbox. Each carries the project as it stands (enterprise, district,
 * stage, major flag, team, milestones) so consumers never need to call back, plus what changed. What the
 * project row does not hold (its enterprise, team and milestones) is read in one query, after the change.
 */
@ApplicationScoped
public class ProjectEvents {

    private static final String PARTS = """
            select e.credit_code, e.name as enterprise_name, t.chief, t.leader_in_charge,
                   (select d.name from district d where d.code = :district) as district_name,
                   cast(coalesce((select json_agg(s.subject order by s.subject collate "C")
                                  from (select distinct m.subject from project_team_member m where m.project_id = :project) s),
                                 '[]') as text) as members,
                   cast(coalesce((select json_object_agg(ms.stage, json_build_object('plannedOn', ms.planned_on,
                                                                                     'actualOn', ms.actual_on))
                                  from project_milestone ms where ms.project_id = :project), '{}') as text) as milestones
            from enterprise e left join project_team t on t.project_id = :project
            where e.id = :enterprise""";
    private static final TypeReference<List<String>> MEMBERS = new TypeReference<>() {
    };
    private static final TypeReference<Map<String, ProjectEventData.MilestoneDates>> MILESTONES = new TypeReference<>() {
    };

    private final Outbox outbox;
    private final EntityManager entityManager;
    private final ObjectMapper json;

    public ProjectEvents(Outbox outbox, EntityManager entityManager, ObjectMapper json) {
        this.outbox = outbox;
        this.entityManager = entityManager;
        this.json = json;
    }

    public void publish(ProjectEventType type, Project project, Map<String, Object> change) {
        outbox.add(type.wireName(), "project", project.id, project.id, snapshot(project).withChange(change));
    }

    private ProjectEventData snapshot(Project p) {
        entityManager.flush(); // the parts as this transaction left them
        Row parts = Row.all(entityManager.createNativeQuery(PARTS, Tuple.class)
                .setParameter("project", p.id).setParameter("enterprise", p.enterpriseId)
                .setParameter("district", p.districtCode)).get(0);
        ProjectEventData.Team team = new ProjectEventData.Team(parts.text("chief"), parts.text("leader_in_charge"),
                read(parts.text("members"), MEMBERS));
        return new ProjectEventData(p.id, p.name, p.enterpriseId, parts.text("credit_code"), parts.text("enterprise_name"),
                p.districtCode, parts.text("district_name"), p.industryCode, List.of(p.categories), p.stage.name(), p.tier.name(), p.major,
                p.totalInvestment, p.agreedInvestment, p.investmentCompleted, p.version, team,
                new TreeMap<>(read(parts.text("milestones"), MILESTONES)), Map.of());
    }

    private <T> T read(String text, TypeReference<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a project's parts cannot be read for its event", e);
        }
    }
}
