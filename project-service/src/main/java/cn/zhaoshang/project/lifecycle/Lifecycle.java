package cn.zhaoshang.project.lifecycle;

import cn.zhaoshang.chassis.problem.Conflict;
import cn.zhaoshang.chassis.problem.InvalidInput;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The project state machine: 招商信息 → 在谈 → 签约 → 注册备案 → 供地 → 开工 → 竣工 → 投产 → 达产, as {@link Stage}
 * orders them. Milestone stages go forward only; going more than one step at a
 * time is a skip and needs a reason. Any live stage may be suspended (and later resumes exactly where it
 * left) or terminated; TERMINATED is final.
 */
public final class Lifecycle {

    private static final List<Stage> ORDER = List.of(
            Stage.LEAD, Stage.NEGOTIATING, Stage.SIGNED, Stage.REGISTERED, Stage.LAND_ACQUIRED,
            Stage.CONSTRUCTION_STARTED, Stage.COMPLETED, Stage.IN_PRODUCTION, Stage.AT_CAPACITY);

    private Lifecycle() {
    }

    /** The ordered milestone stages, LEAD to AT_CAPACITY (SUSPENDED and TERMINATED stand outside). */
    public static List<Stage> milestoneOrder() {
        return ORDER;
    }

    /** Whether {@code a} comes before {@code b} in the milestone order (both milestone stages). */
    public static boolean isBefore(Stage a, Stage b) {
        return ORDER.indexOf(a) < ORDER.indexOf(b);
    }

    /** Where a project may go from here. */
    public static Set<Stage> allowedMoves(Stage current, Stage suspendedFrom) {
        Set<Stage> allowed = new LinkedHashSet<>();
        switch (current) {
            case TERMINATED -> {
            }
            case SUSPENDED -> {
                allowed.add(suspendedFrom);
                allowed.add(Stage.TERMINATED);
            }
            default -> {
                allowed.addAll(ORDER.subList(ORDER.indexOf(current) + 1, ORDER.size()));
                allowed.add(Stage.SUSPENDED);
                allowed.add(Stage.TERMINATED);
            }
        }
        return allowed;
    }

    /**
     * Checks a move and says what it does, or throws: {@link Conflict} (409) for a move the state machine
     * does not allow, {@link InvalidInput} (400) for a move that is allowed but badly described.
     */
    public static Move decide(Stage current, Stage suspendedFrom, LocalDate lastMovedOn, MoveRequest request, LocalDate today) {
        Set<Stage> allowed = allowedMoves(current, suspendedFrom);
        if (!allowed.contains(request.to())) {
            throw new Conflict("a project in stage " + current + " cannot move to " + request.to(),
                    Map.of("currentStage", current.name(), "allowedMoves", allowed.stream().map(Enum::name).toList()));
        }
        checkDate(request, lastMovedOn, today);
        List<Stage> skipped = skipped(current, request.to());
        boolean resuming = current == Stage.SUSPENDED && request.to() == suspendedFrom;
        if (needsReason(request.to(), skipped) && isBlank(request.reason())) {
            throw new InvalidInput("reason", skipped.isEmpty()
                    ? "say why the project is " + (request.to() == Stage.SUSPENDED ? "suspended" : "terminated")
                    : "moving to " + request.to() + " skips " + skipped + "; say why");
        }
        if (request.to().needsRecognition() && !resuming) {
            checkRecognition(request, today);
        }
        return new Move(current, request.to(), skipped, resuming);
    }

    private static void checkDate(MoveRequest request, LocalDate lastMovedOn, LocalDate today) {
        if (request.occurredOn().isAfter(today)) {
            throw new InvalidInput("occurredOn", "is in the future (today is " + today + " in Asia/Shanghai)");
        }
        if (lastMovedOn != null && request.occurredOn().isBefore(lastMovedOn)) {
            throw new InvalidInput("occurredOn", "is before the previous move on " + lastMovedOn);
        }
    }

    private static void checkRecognition(MoveRequest request, LocalDate today) {
        if (isBlank(request.recognizedBy())) {
            throw new InvalidInput("recognizedBy", request.to() + " is recognised by the city (开工认定/竣工验收): name the authority");
        }
        LocalDate recognizedOn = request.recognizedOn() == null ? request.occurredOn() : request.recognizedOn();
        if (recognizedOn.isBefore(request.occurredOn()) || recognizedOn.isAfter(today)) {
            throw new InvalidInput("recognizedOn", "must lie between occurredOn and today");
        }
    }

    /** Milestone stages passed over by a forward move (none for SUSPENDED, TERMINATED or resuming). */
    static List<Stage> skipped(Stage from, Stage to) {
        if (!from.isMilestone() || !to.isMilestone()) {
            return List.of();
        }
        return new ArrayList<>(ORDER.subList(ORDER.indexOf(from) + 1, ORDER.indexOf(to)));
    }

    private static boolean needsReason(Stage to, List<Stage> skipped) {
        return !skipped.isEmpty() || to == Stage.SUSPENDED || to == Stage.TERMINATED;
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    /** What a permitted move does. {@code resuming}: back from SUSPENDED, so no milestone is reached anew. */
    public record Move(Stage from, Stage to, List<Stage> skipped, boolean resuming) {
        public boolean reachesMilestone() {
            return to.isMilestone() && !resuming;
        }
    }
}
