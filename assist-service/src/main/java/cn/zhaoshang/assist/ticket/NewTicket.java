package cn.zhaoshang.assist.ticket;

import cn.zhaoshang.chassis.text.VisibleText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.UUID;

/** {@code POST /tickets}: an enterprise's problem on one of its projects. */
public record NewTicket(
        @NotNull UUID projectId,
        @NotNull Category category,
        @NotBlank @VisibleText @Size(max = 200) String title,
        @NotBlank @Size(max = 5000) String description,
        Priority priority,
        @Size(max = 200) String contact,
        @Pattern(regexp = "SIGNED|REGISTERED|LAND_ACQUIRED|CONSTRUCTION_STARTED|COMPLETED|IN_PRODUCTION|AT_CAPACITY",
                message = "must be a milestone stage such as CONSTRUCTION_STARTED") String blocksMilestone) {
}
