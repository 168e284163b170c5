package cn.zhaoshang.assist.ticket.escalation;

import cn.zhaoshang.assist.ticket.sla.LimitUnit;
import cn.zhaoshang.assist.ticket.sla.WorkingTime;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EscalationLadderTest {

    private final EscalationLadder ladder = EscalationLadder.parse("PROJECT_CHIEF:4h, LEADER_IN_CHARGE:1d,SUPERVISION:2d");

    @Test
    void theLadderGoesFromTheTeamToSupervisionAndStopsThere() {
        assertThat(ladder.above(EscalationLevel.TEAM)).contains(EscalationLevel.PROJECT_CHIEF);
        assertThat(ladder.above(EscalationLevel.PROJECT_CHIEF)).contains(EscalationLevel.LEADER_IN_CHARGE);
        assertThat(ladder.above(EscalationLevel.LEADER_IN_CHARGE)).contains(EscalationLevel.SUPERVISION);
        assertThat(ladder.above(EscalationLevel.SUPERVISION)).isEmpty();
        assertThat(EscalationLevel.SUPERVISION.label()).isEqualTo("督查");
    }

    @Test
    void eachLevelHasItsOwnExtraWorkingTime() {
        assertThat(ladder.extraTime(EscalationLevel.PROJECT_CHIEF)).isEqualTo(new WorkingTime(4, LimitUnit.WORKING_HOURS));
        assertThat(ladder.extraTime(EscalationLevel.LEADER_IN_CHARGE)).isEqualTo(new WorkingTime(1, LimitUnit.WORKING_DAYS));
        assertThat(ladder.extraTime(EscalationLevel.SUPERVISION)).isEqualTo(new WorkingTime(2, LimitUnit.WORKING_DAYS));
        assertThat(ladder.extraTime(EscalationLevel.TEAM).amount()).isZero();
    }

    @Test
    void aMalformedConfigurationIsRefusedAtStart() {
        assertThatThrownBy(() -> EscalationLadder.parse("PROJECT_CHIEF=4h")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EscalationLadder.parse("PROJECT_CHIEF:4w")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EscalationLadder.parse("MAYOR:1d")).isInstanceOf(IllegalArgumentException.class);
    }
}
