package cn.zhaoshang.project.registry;

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

/** The size tiers as reference data: fixed by the code, not kept in the database. */
@Path("/api/v1/tiers")
@RolesAllowed({Roles.ENTERPRISE, Roles.STAFF, Roles.SUPERVISOR, Roles.ADMIN})
@Tag(name = "Reference data", description = "Districts, industries, project categories, attraction methods, stages and tiers")
@SecurityRequirement(name = "jwt")
public class TierResource {

    @GET
    @Operation(operationId = "listTiers", summary = "Size tiers by total investment")
    public List<ReferenceEntry> tiers() {
        return Arrays.stream(Tier.values()).map(t -> new ReferenceEntry(t.name(), t.label(), null, null)).toList();
    }
}
