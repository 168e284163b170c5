package cn.zhaoshang.assist.ticket;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TicketWorkflowTest {

    @Test
    void aTicketGoesFromSubmissionToClosureWhenTheEnterpriseConfirms() {
        Status s = TicketWorkflow.next(Status.SUBMITTED, false, Action.ACCEPT);
        assertThat(s).isEqualTo(Status.ACCEPTED);
        s = TicketWorkflow.next(s, false, Action.TEAM_COMMENT);
        assertThat(s).isEqualTo(Status.IN_PROGRESS);
        s = TicketWorkflow.next(s, false, Action.RESOLVE);
        assertThat(s).isEqualTo(Status.RESOLVED);
        assertThat(TicketWorkflow.next(s, false, Action.CONFIRM)).isEqualTo(Status.CLOSED);
    }

    @Test
    void anUnsatisfiedEnterpriseReopensAndTheTeamWorksOnIt() {
        Status s = TicketWorkflow.next(Status.RESOLVED, false, Action.REOPEN);
        assertThat(s).isEqualTo(Status.REOPENED);
        assertThat(TicketWorkflow.next(s, false, Action.PAUSE)).isEqualTo(Status.IN_PROGRESS);
        assertThat(TicketWorkflow.next(s, false, Action.RESOLVE)).isEqualTo(Status.RESOLVED);
    }

    @Test
    void handingOverAnUnacceptedTicketMakesTheAssigneeItsOwner() {
        assertThat(TicketWorkflow.next(Status.SUBMITTED, false, Action.ASSIGN)).isEqualTo(Status.ACCEPTED);
        assertThat(TicketWorkflow.next(Status.IN_PROGRESS, false, Action.ASSIGN)).isEqualTo(Status.IN_PROGRESS);
    }

    @Test
    void aPausedTicketCannotBeResolvedUntilResumed() {
        assertThatThrownBy(() -> TicketWorkflow.next(Status.IN_PROGRESS, true, Action.RESOLVE))
                .isInstanceOf(IllegalTransition.class)
                .satisfies(e -> assertThat((List<?>) ((IllegalTransition) e).details().get("allowedActions"))
                        .asList().contains("RESUME").doesNotContain("RESOLVE"));
        assertThat(TicketWorkflow.next(Status.IN_PROGRESS, true, Action.RESUME)).isEqualTo(Status.IN_PROGRESS);
        assertThatThrownBy(() -> TicketWorkflow.next(Status.IN_PROGRESS, false, Action.RESUME)).isInstanceOf(IllegalTransition.class);
    }

    @Test
    void everyActionOutsideItsStateIsRefused() {
        assertThatThrownBy(() -> TicketWorkflow.next(Status.SUBMITTED, false, Action.RESOLVE)).isInstanceOf(IllegalTransition.class);
        assertThatThrownBy(() -> TicketWorkflow.next(Status.IN_PROGRESS, false, Action.CONFIRM)).isInstanceOf(IllegalTransition.class);
        assertThatThrownBy(() -> TicketWorkflow.next(Status.ACCEPTED, false, Action.REOPEN)).isInstanceOf(IllegalTransition.class);
        assertThatThrownBy(() -> TicketWorkflow.next(Status.RESOLVED, false, Action.ESCALATE)).isInstanceOf(IllegalTransition.class);
        for (Action action : Action.values()) {
            assertThatThrownBy(() -> TicketWorkflow.next(Status.CLOSED, false, action)).isInstanceOf(IllegalTransition.class);
        }
    }

    @Test
    void escalationAndEnterpriseCommentsLeaveTheStatusAlone() {
        assertThat(TicketWorkflow.next(Status.ACCEPTED, false, Action.ESCALATE)).isEqualTo(Status.ACCEPTED);
        assertThat(TicketWorkflow.next(Status.ACCEPTED, false, Action.ENTERPRISE_COMMENT)).isEqualTo(Status.ACCEPTED);
        assertThat(TicketWorkflow.next(Status.RESOLVED, false, Action.AUTO_CLOSE)).isEqualTo(Status.CLOSED);
    }
}
