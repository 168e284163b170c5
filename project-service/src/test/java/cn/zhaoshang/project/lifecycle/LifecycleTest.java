package cn.zhaoshang.project.lifecycle;

import cn.zhaoshang.chassis.problem.Conflict;
import cn.zhaoshang.chassis.problem.InvalidInput;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SuppressWarnings("unchecked")
class LifecycleTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private static MoveRequest to(Stage stage, String on) {
        return new MoveRequest(stage, LocalDate.parse(on), null, null, null, null);
    }

    @Test
    void signedProjectMovesToTheNextStageWithoutReason() {
        Lifecycle.Move move = Lifecycle.decide(Stage.SIGNED, null, LocalDate.of(2026, 1, 1), to(Stage.REGISTERED, "2026-01-10"), TODAY);
        assertThat(move.skipped()).isEmpty();
        assertThat(move.reachesMilestone()).isTrue();
    }

    @Test
    void skippingAStageNeedsAReasonAndNamesWhatWasSkipped() {
        assertThatThrownBy(() -> Lifecycle.decide(Stage.SIGNED, null, null, to(Stage.LAND_ACQUIRED, "2026-02-01"), TODAY))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("REGISTERED")
                .extracting(e -> ((InvalidInput) e).field()).isEqualTo("reason");
        Lifecycle.Move move = Lifecycle.decide(Stage.SIGNED, null, null,
                new MoveRequest(Stage.LAND_ACQUIRED, LocalDate.parse("2026-02-01"), null, "备案与供地并联办理", null, null), TODAY);
        assertThat(move.skipped()).containsExactly(Stage.REGISTERED);
    }

    @Test
    void landAcquisitionAndStartOnTheSameDayIsNotASkip() {
        MoveRequest start = new MoveRequest(Stage.CONSTRUCTION_STARTED, LocalDate.parse("2023-02-07"), "拿地即开工", null, "市重大项目办", null);
        Lifecycle.Move move = Lifecycle.decide(Stage.LAND_ACQUIRED, null, LocalDate.parse("2023-02-07"), start, TODAY);
        assertThat(move.skipped()).isEmpty();
    }

    @Test
    void goingBackwardsIsAConflictThatNamesTheAllowedMoves() {
        assertThatThrownBy(() -> Lifecycle.decide(Stage.CONSTRUCTION_STARTED, null, null, to(Stage.SIGNED, "2026-02-01"), TODAY))
                .isInstanceOf(Conflict.class)
                .satisfies(e -> assertThat((List<Object>) ((Conflict) e).details().get("allowedMoves"))
                        .contains("COMPLETED", "IN_PRODUCTION", "AT_CAPACITY", "SUSPENDED", "TERMINATED")
                        .doesNotContain("SIGNED"));
    }

    @Test
    void aSuspendedProjectCanOnlyResumeWhereItLeftOrBeTerminated() {
        assertThat(Lifecycle.allowedMoves(Stage.SUSPENDED, Stage.LAND_ACQUIRED))
                .containsExactly(Stage.LAND_ACQUIRED, Stage.TERMINATED);
        Lifecycle.Move resume = Lifecycle.decide(Stage.SUSPENDED, Stage.LAND_ACQUIRED, null, to(Stage.LAND_ACQUIRED, "2026-03-01"), TODAY);
        assertThat(resume.resuming()).isTrue();
        assertThat(resume.reachesMilestone()).isFalse();
    }

    @Test
    void terminatedIsFinal() {
        assertThat(Lifecycle.allowedMoves(Stage.TERMINATED, null)).isEmpty();
        assertThatThrownBy(() -> Lifecycle.decide(Stage.TERMINATED, null, null, to(Stage.SIGNED, "2026-01-01"), TODAY))
                .isInstanceOf(Conflict.class);
    }

    @Test
    void suspendingAndTerminatingNeedAReason() {
        assertThatThrownBy(() -> Lifecycle.decide(Stage.SIGNED, null, null, to(Stage.SUSPENDED, "2026-01-01"), TODAY))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> Lifecycle.decide(Stage.SIGNED, null, null, to(Stage.TERMINATED, "2026-01-01"), TODAY))
                .isInstanceOf(InvalidInput.class);
    }

    @Test
    void aMoveCannotBeDatedInTheFutureOrBeforeThePreviousMove() {
        assertThatThrownBy(() -> Lifecycle.decide(Stage.SIGNED, null, null, to(Stage.REGISTERED, "2026-11-24"), TODAY))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("future");
        assertThatThrownBy(() -> Lifecycle.decide(Stage.SIGNED, null, LocalDate.parse("2026-05-01"), to(Stage.REGISTERED, "2026-04-30"), TODAY))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("before");
    }

    @Test
    void constructionStartNeedsTheRecognisingAuthority() {
        assertThatThrownBy(() -> Lifecycle.decide(Stage.LAND_ACQUIRED, null, null, to(Stage.CONSTRUCTION_STARTED, "2026-05-01"), TODAY))
                .isInstanceOf(InvalidInput.class).extracting(e -> ((InvalidInput) e).field()).isEqualTo("recognizedBy");
        MoveRequest recognisedBeforeStart = new MoveRequest(Stage.CONSTRUCTION_STARTED, LocalDate.parse("2026-05-01"), null, null,
                "市重大项目办", LocalDate.parse("2026-04-30"));
        assertThatThrownBy(() -> Lifecycle.decide(Stage.LAND_ACQUIRED, null, null, recognisedBeforeStart, TODAY))
                .isInstanceOf(InvalidInput.class).extracting(e -> ((InvalidInput) e).field()).isEqualTo("recognizedOn");
    }
}
