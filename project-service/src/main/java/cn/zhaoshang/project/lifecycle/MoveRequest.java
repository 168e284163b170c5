package cn.zhaoshang.project.lifecycle;


import org.eclipse.microprofile.openapi.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/**
 * {@code POST /projects/{id}/transitions}: move to {@code to} on the day it happened. {@code reason} is
 * needed to skip a stage, suspend or terminate; {@code recognizedBy} (and optionally {@code recognizedOn})
 * for 开工 and 竣工, which the city recognises.
 */
@Schema(examples = "{\"to\": \"CONSTRUCTION_STARTED\", \"occurredOn\": \"2027-03-01\", \"recognizedBy\": \"淮安市重大项目办 (开工认定)\"}")
public record MoveRequest(
        @NotNull Stage to,
        @NotNull LocalDate occurredOn,
        @Size(max = 2000) String note,
        @Size(max = 2000) String reason,
        @Size(max = 200) String recognizedBy,
        LocalDate recognizedOn) {
}
