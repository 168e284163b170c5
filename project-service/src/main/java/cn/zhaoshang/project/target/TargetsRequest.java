package cn.zhaoshang.project.target;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/** {@code PUT /targets/{year}/{district}}: the district's whole target list for the year. */
public record TargetsRequest(@NotNull @Size(max = 100) List<@NotNull @Valid TargetLine> targets) {
}
