package cn.zhaoshang.assist.ticket.escalation;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EscalationLadderTest {

    private static final long WORKING_DAY = 27_000; // 08:30–12:00 and 13:30–17:30

    private final EscalationLadder ladder = EscalationLadder.parse("PROJECT_CHIEF:4h, LEADER_IN_CHARGE:1d,SUPERVISION:2d", WORKING_DAY);

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
        assertThat(ladder.extraWorkingSeconds(EscalationLevel.PROJECT_CHIEF)).isEqualTo(4 * 3600);
        assertThat(ladder.extraWorkingSeconds(EscalationLevel.LEADER_IN_CHARGE)).isEqualTo(WORKING_DAY);
        assertThat(ladder.extraWorkingSeconds(EscalationLevel.SUPERVISION)).isEqualTo(2 * WORKING_DAY);
        assertThat(ladder.extraWorkingSeconds(EscalationLevel.TEAM)).isZero();
    }

    @Test
    void aMalformedConfigurationIsRefusedAtStart() {
        assertThatThrownBy(() -> EscalationLadder.parse("PROJECT_CHIEF=4h", WORKING_DAY)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EscalationLadder.parse("PROJECT_CHIEF:4w", WORKING_DAY)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EscalationLadder.parse("MAYOR:1d", WORKING_DAY)).isInstanceOf(IllegalArgumentException.class);
    }
}
