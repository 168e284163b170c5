package cn.zhaoshang.project.lifecycle;


import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/**
 * {@code POST /projects/{id}/transitions}: move to {@code to} on the day it happened. {@code reason} is
 * needed to skip a stage, suspend or terminate; {@code recognizedBy} (and optionally {@code recognizedOn})
 * for 开工 and 竣工, which the city recognises.
 */
public record MoveRequest(
        @NotNull Stage to,
        @NotNull LocalDate occurredOn,
        @Size(max = 2000) String note,
        @Size(max = 2000) String reason,
        @Size(max = 200) String recognizedBy,
        LocalDate recognizedOn) {
}
