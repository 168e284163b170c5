package cn.zhaoshang.assist.ticket.policy;

import cn.zhaoshang.chassis.audit.AuditedChanges;
import cn.zhaoshang.chassis.security.Roles;
import cn.zhaoshang.assist.ticket.Category;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Path("/api/v1/sla-policies")
@RolesAllowed({Roles.ENTERPRISE, Roles.STAFF, Roles.SUPERVISOR, Roles.ADMIN})
@Tag(name = "Time limits (限时办结)", description = "Response and resolution limits per category and priority")
@SecurityRequirement(name = "jwt")
@AuditedChanges
public class SlaPolicyResource {

    private final SlaPolicyService policies;

    public SlaPolicyResource(SlaPolicyService policies) {
        this.policies = policies;
    }

    @GET
    @Operation(operationId = "listSlaPolicies", summary = "Response and resolution limits per category and priority")
    public List<SlaPolicyView> all() {
        return policies.all();
    }

    @PUT
    @Path("/{category}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "setSlaPolicy", summary = "Set the limits of one category and priority; tickets submitted afterwards use them")
    public SlaPolicyView set(@PathParam("category") Category category, @NotNull @Valid SlaPolicyRequest request) {
        return policies.set(category, request);
    }
}
