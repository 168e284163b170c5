package cn.zhaoshang.project.enterprise;

import cn.zhaoshang.chassis.audit.AuditedChanges;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import cn.zhaoshang.chassis.http.Revalidated;
import cn.zhaoshang.chassis.idempotency.Idempotent;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import cn.zhaoshang.chassis.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.List;
import java.util.UUID;

@Path("/api/v1/enterprises")
@RolesAllowed({Roles.ENTERPRISE, Roles.STAFF, Roles.SUPERVISOR, Roles.ADMIN})
@Tag(name = "Enterprises", description = "Enterprises by their unified social credit code (统一社会信用代码)")
@SecurityRequirement(name = "jwt")
@AuditedChanges
public class EnterpriseResource {

    private final EnterpriseService enterprises;

    public EnterpriseResource(EnterpriseService enterprises) {
        this.enterprises = enterprises;
    }

    @POST
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    @Operation(operationId = "registerEnterprise", summary = "Register an enterprise")
    @APIResponse(responseCode = "201", description = "Registered; Location names it", content = @Content(mediaType = "application/json", schema = @Schema(implementation = EnterpriseView.class)))
    @APIResponse(responseCode = "400", description = "Invalid input, e.g. a credit code whose check character is wrong")
    @APIResponse(responseCode = "409", description = "The credit code is registered already")
    @Idempotent
    @Parameter(ref = "IdempotencyKey")
    public Response register(@NotNull @Valid NewEnterprise request) {
        EnterpriseView created = enterprises.register(request);
        return Response.created(URI.create("/api/v1/enterprises/" + created.id())).entity(created).build();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getEnterprise", summary = "Read an enterprise (an enterprise user: only its own)")
    @APIResponse(responseCode = "404", description = "No such enterprise, or not yours")
    @APIResponse(responseCode = "200", description = "The enterprise", content = @Content(mediaType = "application/json", schema = @Schema(implementation = EnterpriseView.class)))
    @Revalidated
    @Parameter(ref = "IfNoneMatch")
    public EnterpriseView get(@PathParam("id") UUID id) {
        return enterprises.get(id);
    }

    @GET
    @Operation(operationId = "listEnterprises", summary = "Search enterprises by name or credit code")
    public List<EnterpriseView> search(@QueryParam("q") @Size(max = 100) String q,
                                       @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit) {
        return enterprises.search(q, limit);
    }
}
