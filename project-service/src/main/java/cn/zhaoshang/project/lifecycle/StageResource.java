package cn.zhaoshang.project.lifecycle;

import cn.zhaoshang.chassis.security.Roles;
import cn.zhaoshang.project.reference.ReferenceEntry;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Arrays;
import java.util.List;

/** The lifecycle's stages as reference data: fixed by the code, not kept in the database. */
@Path("/api/v1/stages")
@RolesAllowed({Roles.ENTERPRISE, Roles.STAFF, Roles.SUPERVISOR, Roles.ADMIN})
@Tag(name = "Reference data", description = "Districts, industries, project categories, attraction methods, stages and tiers")
@SecurityRequirement(name = "jwt")
public class StageResource {

    @GET
    @Operation(operationId = "listStages", summary = "Lifecycle stages with their Chinese labels")
    public List<ReferenceEntry> stages() {
        return Arrays.stream(Stage.values()).map(s -> new ReferenceEntry(s.name(), s.label(), null, null)).toList();
    }
}
