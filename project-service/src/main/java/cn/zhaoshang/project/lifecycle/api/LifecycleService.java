package cn.zhaoshang.project.lifecycle.api;

import cn.zhaoshang.project.lifecycle.Lifecycle;
import cn.zhaoshang.project.lifecycle.Milestone;
import cn.zhaoshang.project.lifecycle.MoveRequest;
import cn.zhaoshang.project.lifecycle.Stage;
import cn.zhaoshang.project.lifecycle.Transition;
import cn.zhaoshang.project.lifecycle.TransitionView;

import cn.zhaoshang.contracts.project.ProjectEventType;
import cn.zhaoshang.project.registry.Project;
import cn.zhaoshang.project.registry.ProjectAccess;
import cn.zhaoshang.project.registry.ProjectEvents;
import cn.zhaoshang.project.registry.ProjectService;
import cn.zhaoshang.project.registry.ProjectView;
import cn.zhaoshang.chassis.security.Caller;
import cn.zhaoshang.chassis.time.Clocks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
@Transactional
public class LifecycleService {

    private final ProjectAccess access;
    private final ProjectEvents events;
    private final Caller caller;
    private final EntityManager entityManager;
    private final Clock clock;

    public LifecycleService(ProjectAccess access, ProjectEvents events, Caller caller, EntityManager entityManager, Clock clock) {
        this.access = access;
        this.events = events;
        this.caller = caller;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    public TransitionView move(UUID projectId, MoveRequest request) {
        Project project = access.workable(projectId);
        Lifecycle.Move move = Lifecycle.decide(project.stage, project.suspendedFrom, project.lastMovedOn, request,
                Clocks.today(clock));
        Transition transition = record(project, move, request);
        Map<String, Object> change = project.move(move, request.occurredOn(), request.reason(), transition.actor,
                transition.recordedAt);
        if (move.reachesMilestone()) {
            Milestone milestone = Milestone.getOrCreate(project.id, move.to());
            milestone.actualOn = request.occurredOn();
            milestone.recognizedBy = transition.recognizedBy;
            milestone.recognizedOn = transition.recognizedOn;
        }
        events.publish(ProjectEventType.STAGE_CHANGED, project, change);
        return TransitionView.of(transition);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<TransitionView> history(UUID projectId) {
        access.readable(projectId);
        return Transition.historyOf(projectId).stream().map(TransitionView::of).toList();
    }

    public ProjectView plan(UUID projectId, Map<Stage, LocalDate> planned) {
        Project project = access.workable(projectId);
        planned.forEach((stage, date) -> ProjectService.plan(project.id, stage, date));
        project.updatedAt = Instant.now(clock);
        events.publish(ProjectEventType.UPDATED, project, Map.of("plannedMilestones", planned));
        return ProjectView.of(project);
    }

    private Transition record(Project project, Lifecycle.Move move, MoveRequest request) {
        Transition t = new Transition();
        t.id = UUID.randomUUID();
        t.projectId = project.id;
        t.fromStage = move.from();
        t.toStage = move.to();
        t.occurredOn = request.occurredOn();
        t.actor = caller.subject();
        t.note = request.note();
        t.reason = request.reason();
        if (move.to().needsRecognition() && !move.resuming()) {
            t.recognizedBy = request.recognizedBy();
            t.recognizedOn = request.recognizedOn() == null ? request.occurredOn() : request.recognizedOn();
        }
        t.recordedAt = Instant.now(clock);
        t.persist();
        return t;
    }
}
