package cn.zhaoshang.assist.ticket;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import cn.zhaoshang.chassis.text.VisibleText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.UUID;

/** {@code POST /tickets}: an enterprise's problem on one of its projects. */
@Schema(examples = "{\"projectId\": \"0f6f1c8e-7b0a-4a55-9a52-3c1d2f6e8a10\", \"category\": \"POWER_LINE_RELOCATION\", \"priority\": \"URGENT\", \"title\": \"10千伏杆线阻挡施工\", \"description\": \"地块内一条10千伏线路需迁改，否则无法开工\", \"contact\": \"严荣跃 13800000000\", \"blocksMilestone\": \"CONSTRUCTION_STARTED\"}")
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
