package cn.zhaoshang.assist.ticket;

import cn.zhaoshang.chassis.problem.Conflict;

import java.util.Map;
import java.util.Set;

/** 409: the action is not possible in the ticket's current state; names the actions that are. */
public class IllegalTransition extends Conflict {

    public IllegalTransition(Status status, boolean paused, Action action, Set<Action> allowed) {
        super("a " + (paused ? "paused " : "") + status + " ticket cannot " + action.name().toLowerCase().replace('_', ' '),
                Map.of("ticketStatus", status.name(), "paused", paused,
                        "allowedActions", allowed.stream().map(Enum::name).sorted().toList()));
    }
}
