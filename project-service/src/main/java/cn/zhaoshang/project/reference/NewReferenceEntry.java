package cn.zhaoshang.project.reference;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What an admin sends to add a reference entry. {@code kind} is for districts, {@code parentCode} for industries. */
@Schema(examples = "{\"code\": \"lianshui-park\", \"name\": \"涟水经济开发区\", \"kind\": \"PARK\", \"sortOrder\": 65}")
public record NewReferenceEntry(
        @NotBlank @Pattern(regexp = "[A-Za-z][A-Za-z0-9_-]{0,39}", message = "letters, digits, '-' or '_', at most 40") String code,
        @NotBlank @Size(max = 100) String name,
        @Pattern(regexp = "DISTRICT|COUNTY|PARK", message = "one of DISTRICT, COUNTY, PARK") String kind,
        @Size(max = 40) String parentCode,
        Integer sortOrder) {
}
