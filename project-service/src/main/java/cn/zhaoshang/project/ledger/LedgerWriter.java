package cn.zhaoshang.project.ledger;

import cn.zhaoshang.contracts.project.ProjectEventType;
import cn.zhaoshang.project.enterprise.Enterprise;
import cn.zhaoshang.project.lifecycle.Lifecycle;
import cn.zhaoshang.project.lifecycle.Milestone;
import cn.zhaoshang.project.lifecycle.Stage;
import cn.zhaoshang.project.lifecycle.Transition;
import cn.zhaoshang.project.reference.ReferenceData;
import cn.zhaoshang.project.registry.Project;
import cn.zhaoshang.project.registry.ProjectEvents;
import cn.zhaoshang.project.registry.ProjectKind;
import cn.zhaoshang.project.registry.ProjectService;
import cn.zhaoshang.project.team.Team;
import cn.zhaoshang.project.team.TeamMember;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.function.Function;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What a ledger line does to the database, inside the caller's transaction: decides (create, update, unchanged, or
 * why not) and writes. An imported project gets its history from the ledger's dates (a transition per milestone
 * reached, the milestone's actual date) and one event, {@code project.registered} or {@code project.updated}, carrying
 * the project as it then stands (team, milestones) and {@code "source": "ledger-import"}: consumers learn everything
 * from it, and no one is notified of history.
 */
@ApplicationScoped
class LedgerWriter {

    static final String SOURCE = "ledger-import";
    private static final String RECOGNIZED_BY = "项目台账（导入）";

    private final EntityManager entityManager;
    private final ProjectEvents events;
    private final ReferenceData reference;

    LedgerWriter(EntityManager entityManager, ProjectEvents events, ReferenceData reference) {
        this.entityManager = entityManager;
        this.events = events;
        this.reference = reference;
    }

    ReferenceLookup lookup() {
        return new ReferenceLookup(reference.districts(), reference.industries(), reference.categories(),
                reference.attractionMethods());
    }

    /** What the line would do for the job's starter; problems when it cannot. */
    record Decision(ImportRow.Action action, Project project, List<String> changes, List<String> problems, List<String> notes) {
    }

    Decision decide(LedgerLine line, ImportJob job) {
        List<String> problems = new ArrayList<>();
        String own = job.starterAdmin ? null : job.starterDistrict;
        if (own != null && !own.equals(line.district())) {
            problems.add("您只能导入本县区（" + own + "）的项目，本行是「" + line.district() + "」");
        }
        List<String> notes = Enterprise.byCreditCode(line.creditCode())
                .filter(registered -> !registered.name.equals(line.enterpriseName()))
                .map(registered -> List.of("统一社会信用代码" + line.creditCode() + "已登记为「" + registered.name
                        + "」，导入保留系统中的企业名称（本行为「" + line.enterpriseName() + "」）"))
                .orElse(List.of());
        List<Project> matches = entityManager.createQuery("select p from Project p, Enterprise e where e.id = p.enterpriseId"
                        + " and e.creditCode = :code and p.name = :name", Project.class)
                .setParameter("code", line.creditCode()).setParameter("name", line.projectName()).getResultList();
        if (matches.size() > 1) {
            problems.add("系统中该企业有" + matches.size() + "个同名项目，无法确定对应哪一个；请先在系统中区分项目名称");
            return new Decision(ImportRow.Action.INVALID, null, List.of(), problems, notes);
        }
        if (matches.isEmpty()) {
            return problems.isEmpty() ? new Decision(ImportRow.Action.CREATE, null, List.of(), List.of(), notes)
                    : new Decision(ImportRow.Action.INVALID, null, List.of(), problems, notes);
        }
        Project project = matches.get(0);
        if (own != null && !own.equals(project.districtCode) && problems.isEmpty()) {
            problems.add("该项目在系统中属于「" + project.districtCode + "」，您只能更新本县区（" + own + "）的项目");
        }
        LedgerChanges.Outcome outcome = LedgerChanges.between(registered(project), line);
        problems.addAll(outcome.problems());
        if (!problems.isEmpty()) {
            return new Decision(ImportRow.Action.INVALID, project, outcome.changed(), problems, notes);
        }
        return new Decision(outcome.changed().isEmpty() ? ImportRow.Action.UNCHANGED : ImportRow.Action.UPDATE,
                project, outcome.changed(), List.of(), notes);
    }

    private RegisteredProject registered(Project p) {
        Map<Stage, LocalDate> planned = new EnumMap<>(Stage.class);
        Map<Stage, LocalDate> actual = new EnumMap<>(Stage.class);
        for (Milestone m : Milestone.ofProject(p.id)) {
            if (m.plannedOn != null) {
                planned.put(m.stage, m.plannedOn);
            }
            if (m.actualOn != null) {
                actual.put(m.stage, m.actualOn);
            }
        }
        Team team = Team.findById(p.id);
        return new RegisteredProject(p.id, p.districtCode, p.industryCode, List.of(p.categories), p.attractionMethod,
                p.totalInvestment, p.agreedInvestment, p.stage, planned, actual,
                team == null ? null : team.chief, team == null ? null : team.leaderInCharge, p.remark);
    }

    /**
     * Projects registered by one chunk of an import, kept in memory and written together by {@link #write}: each table's
     * rows in JDBC batches, in the order the foreign keys need, then one event per project. Row by row, the same work
     * took some fifteen round trips to PostgreSQL per project.
     */
    static final class NewProjects {
        private final Map<String, Enterprise> enterprises = new HashMap<>();
        private final List<Enterprise> newEnterprises = new ArrayList<>();
        private final List<Project> projects = new ArrayList<>();
        private final List<Milestone> milestones = new ArrayList<>();
        private final List<Transition> transitions = new ArrayList<>();
        private final List<Team> teams = new ArrayList<>();
        private final List<TeamMember> members = new ArrayList<>();
    }

    /** Registers the line's project (and its enterprise when new), with its history, plan and team, in {@code batch}. */
    Project create(LedgerLine line, ImportJob job, LocalDate today, Instant at, NewProjects batch) {
        Enterprise enterprise = batch.enterprises.computeIfAbsent(line.creditCode(),
                code -> Enterprise.byCreditCode(code).orElseGet(() -> {
                    Enterprise e = new Enterprise();
                    e.id = UUID.randomUUID();
                    e.name = line.enterpriseName();
                    e.creditCode = code;
                    e.createdAt = at;
                    e.updatedAt = at;
                    batch.newEnterprises.add(e);
                    return e;
                }));
        List<Map.Entry<Stage, LocalDate>> reached = reached(line, null);
        Project project = new Project();
        project.id = UUID.randomUUID();
        project.name = line.projectName();
        project.enterpriseId = enterprise.id;
        project.districtCode = line.district();
        project.industryCode = line.industry();
        project.categories = line.categories().stream().distinct().sorted().toArray(String[]::new);
        project.attractionMethod = line.attractionMethod();
        project.totalInvestment = line.totalInvestment();
        project.agreedInvestment = line.agreedInvestment();
        project.remark = line.remark();
        project.kind = ProjectKind.NEW;
        Map.Entry<Stage, LocalDate> first = reached.isEmpty() ? Map.entry(line.stage(), today) : reached.get(0);
        project.stage = first.getKey();
        project.lastMovedOn = first.getValue();
        project.createdBy = job.startedBy;
        project.createdAt = at;
        project.updatedAt = at;
        project.deriveTier();
        project.searchText = ProjectService.searchText(project.name, enterprise);
        Map<Stage, Milestone> milestones = new EnumMap<>(Stage.class);
        Function<Stage, Milestone> milestone = stage -> milestones.computeIfAbsent(stage, s -> {
            Milestone m = new Milestone();
            m.projectId = project.id;
            m.stage = s;
            return m;
        });
        milestone.apply(project.stage).actualOn = project.lastMovedOn;
        batch.transitions.addAll(moveThrough(project, reached.subList(Math.min(1, reached.size()), reached.size()), line, job, at, milestone));
        line.planned().forEach((stage, date) -> milestone.apply(stage).plannedOn = date);
        if (line.chief() != null) {
            batch.teams.add(team(new Team(), project.id, line, job, at));
            batch.members.add(member(project.id, line.chief(), "CHIEF"));
            batch.members.add(member(project.id, line.leader(), "LEADER"));
        }
        batch.projects.add(project);
        batch.milestones.addAll(milestones.values());
        return project;
    }

    /** Writes the batch's projects and announces each; the batch is empty afterwards. */
    void write(NewProjects batch) {
        List.of(batch.newEnterprises, batch.projects, batch.milestones, batch.transitions, batch.teams, batch.members)
                .forEach(rows -> rows.forEach(entityManager::persist));
        entityManager.flush();
        for (Project project : batch.projects) {
            events.publish(ProjectEventType.REGISTERED, project,
                    Map.of("stage", project.stage, "stageSince", project.lastMovedOn, "source", SOURCE));
        }
        List.of(batch.newEnterprises, batch.projects, batch.milestones, batch.transitions, batch.teams, batch.members)
                .forEach(List::clear);
        batch.enterprises.clear();
    }

    /**
     * Applies the changes the decision found ({@link LedgerChanges} named the columns): what changes is decided once,
     * there, and only applied here.
     */
    void update(Project project, LedgerLine line, List<String> changes, ImportJob job, Instant at) {
        Map<String, Object> changed = new LinkedHashMap<>();
        if (changes.contains(LedgerColumn.DISTRICT.header())) {
            project.districtCode = line.district();
            changed.put("district", project.districtCode);
        }
        if (changes.contains(LedgerColumn.INDUSTRY.header())) {
            project.industryCode = line.industry();
            changed.put("industry", project.industryCode);
        }
        if (changes.contains(LedgerColumn.CATEGORIES.header())) {
            project.categories = line.categories().stream().distinct().sorted().toArray(String[]::new);
            changed.put("categories", List.of(project.categories));
        }
        if (changes.contains(LedgerColumn.ATTRACTION_METHOD.header())) {
            project.attractionMethod = line.attractionMethod();
            changed.put("attractionMethod", project.attractionMethod);
        }
        if (changes.contains(LedgerColumn.TOTAL_INVESTMENT.header())) {
            project.totalInvestment = line.totalInvestment();
            changed.put("totalInvestment", project.totalInvestment);
        }
        if (changes.contains(LedgerColumn.AGREED_INVESTMENT.header())) {
            project.agreedInvestment = line.agreedInvestment();
            changed.put("agreedInvestment", project.agreedInvestment);
        }
        if (changes.contains(LedgerColumn.REMARK.header())) {
            project.remark = line.remark();
            changed.put("remark", project.remark);
        }
        Map<Stage, LocalDate> planned = new EnumMap<>(Stage.class);
        line.planned().forEach((stage, date) -> {
            if (changes.contains(LedgerColumn.planned(stage).header())) {
                Milestone.getOrCreate(project.id, stage).plannedOn = date;
                planned.put(stage, date);
            }
        });
        if (!planned.isEmpty()) {
            changed.put("plannedMilestones", planned);
        }
        // milestones the project passed without a date on record get the ledger's
        line.actual().forEach((stage, date) -> {
            if (changes.contains(LedgerColumn.actual(stage).header()) && order(stage) <= order(project.stage)) {
                Milestone milestone = Milestone.getOrCreate(project.id, stage);
                milestone.actualOn = date;
                milestone.recognizedBy = stage.needsRecognition() ? RECOGNIZED_BY : null;
                milestone.recognizedOn = stage.needsRecognition() ? date : null;
            }
        });
        if (changes.contains(LedgerColumn.STAGE.header())) {
            moveThrough(project, reached(line, project.stage), line, job, at, stage -> Milestone.getOrCreate(project.id, stage))
                    .forEach(t -> t.persist());
            changed.put("stage", project.stage);
        }
        if (changes.contains(LedgerColumn.CHIEF.header()) || changes.contains(LedgerColumn.LEADER.header())) {
            assignTeam(project.id, line, job, at);
            changed.put("team", Map.of("chief", line.chief(), "leaderInCharge", line.leader()));
        }
        project.deriveTier();
        project.updatedAt = at;
        changed.put("source", SOURCE);
        events.publish(ProjectEventType.UPDATED, project, changed);
    }

    /** The stages the line reaches after {@code from} (all when null), each with its date, in order. */
    private static List<Map.Entry<Stage, LocalDate>> reached(LedgerLine line, Stage from) {
        List<Map.Entry<Stage, LocalDate>> reached = new ArrayList<>();
        LocalDate last = null;
        for (Stage milestone : LedgerColumn.DATED) {
            LocalDate date = line.actual().get(milestone);
            if (date != null && order(milestone) <= order(line.stage())) {
                last = date;
                if (from == null || order(milestone) > order(from)) {
                    reached.add(Map.entry(milestone, date));
                }
            }
        }
        boolean stageDated = Arrays.asList(LedgerColumn.DATED).contains(line.stage());
        if (!stageDated && (from == null || order(line.stage()) > order(from)) && last != null) {
            // 注册/备案 and 达产 have no date column: reached, as far as the ledger says, by its last dated milestone
            reached.add(Map.entry(line.stage(), last));
        }
        return reached;
    }

    /** Moves the project through the steps; returns the transitions to record (the milestones are {@code milestone}'s). */
    private static List<Transition> moveThrough(Project project, List<Map.Entry<Stage, LocalDate>> steps, LedgerLine line,
                                                ImportJob job, Instant at, Function<Stage, Milestone> milestoneOf) {
        List<Transition> transitions = new ArrayList<>();
        for (Map.Entry<Stage, LocalDate> step : steps) {
            Stage from = project.stage;
            Stage to = step.getKey();
            if (to == from) {
                continue;
            }
            Transition t = new Transition();
            t.id = UUID.randomUUID();
            t.projectId = project.id;
            t.fromStage = from;
            t.toStage = to;
            t.occurredOn = step.getValue();
            t.actor = job.startedBy;
            t.note = "项目台账导入（" + job.fileName + " 第" + line.row() + "行）"
                    + (Arrays.asList(LedgerColumn.DATED).contains(to) ? "" : "；台账无此阶段日期，取上一节点日期");
            t.reason = order(to) - order(from) > 1 ? "项目台账导入：台账未记录中间阶段" : null;
            if (to.needsRecognition()) {
                t.recognizedBy = RECOGNIZED_BY;
                t.recognizedOn = step.getValue();
            }
            t.recordedAt = at;
            transitions.add(t);
            Milestone milestone = milestoneOf.apply(to);
            milestone.actualOn = step.getValue();
            milestone.recognizedBy = t.recognizedBy;
            milestone.recognizedOn = t.recognizedOn;
            project.stage = to;
            project.lastMovedOn = step.getValue();
        }
        return transitions;
    }

    /** Sets 项目长 and 包联领导 of a registered project, keeping the rest of its team. */
    private void assignTeam(UUID projectId, LedgerLine line, ImportJob job, Instant at) {
        Team existing = Team.findById(projectId);
        team(existing == null ? new Team() : existing, projectId, line, job, at).persist();
        TeamMember.delete("projectId = ?1 and role in ('CHIEF', 'LEADER')", projectId);
        entityManager.flush();
        member(projectId, line.chief(), "CHIEF").persist();
        member(projectId, line.leader(), "LEADER").persist();
    }

    private static Team team(Team team, UUID projectId, LedgerLine line, ImportJob job, Instant at) {
        team.projectId = projectId;
        team.chief = line.chief();
        team.leaderInCharge = line.leader();
        team.updatedAt = at;
        team.updatedBy = job.startedBy;
        return team;
    }

    private static TeamMember member(UUID projectId, String subject, String role) {
        TeamMember member = new TeamMember();
        member.projectId = projectId;
        member.subject = subject;
        member.role = role;
        return member;
    }

    private static int order(Stage stage) {
        return Lifecycle.milestoneOrder().indexOf(stage);
    }
}
