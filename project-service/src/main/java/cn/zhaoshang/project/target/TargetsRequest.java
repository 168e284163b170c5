package cn.zhaoshang.project.target;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/** {@code PUT /targets/{year}/{district}}: the district's whole target list for the year. */
@Schema(examples = "{\"targets\": [{\"metric\": \"SIGNED_AMOUNT\", \"value\": 8000000}, {\"metric\": \"SIGNED_COUNT\", \"minTier\": \"YI_10_TO_50\", \"value\": 12}]}")
public record TargetsRequest(@NotNull @Size(max = 100) List<@NotNull @Valid TargetLine> targets) {
}
