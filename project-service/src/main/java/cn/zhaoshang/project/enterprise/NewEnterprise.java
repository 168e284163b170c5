package cn.zhaoshang.project.enterprise;

import cn.zhaoshang.chassis.text.VisibleText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

public record NewEnterprise(
        @NotBlank @VisibleText @Size(max = 200) String name,
        @NotNull @ValidCreditCode String creditCode,
        @Size(max = 100) String contactPerson,
        @Size(max = 40) @Pattern(regexp = "[0-9+\\- ()]{5,40}", message = "digits, spaces, '+', '-' and brackets only") String contactPhone) {
}
