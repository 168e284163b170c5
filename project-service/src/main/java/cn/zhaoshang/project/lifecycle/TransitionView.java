package cn.zhaoshang.project.lifecycle;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

public record TransitionView(UUID id, Stage from, Stage to, LocalDate occurredOn, String actor, String note,
                             String reason, String recognizedBy, LocalDate recognizedOn, Instant recordedAt) {

    public static TransitionView of(Transition t) {
        return new TransitionView(t.id, t.fromStage, t.toStage, t.occurredOn, t.actor, t.note, t.reason,
                t.recognizedBy, t.recognizedOn, t.recordedAt);
    }
}
