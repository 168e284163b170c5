package cn.zhaoshang.project.enterprise;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import cn.zhaoshang.chassis.text.VisibleText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

@Schema(examples = "{\"name\": \"通灵集团(淮安)有限公司\", \"creditCode\": \"91320800MA20TL004Y\", \"contactPerson\": \"严荣跃\", \"contactPhone\": \"0517-83700000\"}")

public record NewEnterprise(
        @NotBlank @VisibleText @Size(max = 200) String name,
        @NotNull @ValidCreditCode String creditCode,
        @Size(max = 100) String contactPerson,
        @Size(max = 40) @Pattern(regexp = "[0-9+\\- ()]{5,40}", message = "digits, spaces, '+', '-' and brackets only") String contactPhone) {
}
