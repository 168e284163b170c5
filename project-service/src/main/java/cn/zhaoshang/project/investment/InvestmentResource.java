package cn.zhaoshang.project.investment;

import cn.zhaoshang.chassis.audit.AuditedChanges;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import cn.zhaoshang.chassis.idempotency.Idempotent;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import cn.zhaoshang.chassis.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@Path("/api/v1/projects/{id}/investment-reports")
@RolesAllowed({Roles.ENTERPRISE, Roles.STAFF, Roles.SUPERVISOR, Roles.ADMIN})
@Tag(name = "Investment progress", description = "Monthly completed investment of a project (万元), with corrections kept")
@SecurityRequirement(name = "jwt")
@AuditedChanges
public class InvestmentResource {

    private final InvestmentService investment;

    public InvestmentResource(InvestmentService investment) {
        this.investment = investment;
    }

    @POST
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    @Operation(operationId = "reportInvestment", summary = "Report a month's effective investment completed (万元), or correct one")
    @APIResponse(responseCode = "201", description = "Reported", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ReportView.class)))
    @APIResponse(responseCode = "200", description = "Corrected; the old figure is kept in revisions", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ReportView.class)))
    @APIResponse(responseCode = "409", description = "That month is reported already and this is not a correction")
    @Idempotent
    @Parameter(ref = "IdempotencyKey")
    public Response report(@PathParam("id") UUID id, @NotNull @Valid ReportRequest request) {
        Map.Entry<ReportView, Boolean> result = investment.report(id, request);
        if (result.getValue()) {
            return Response.created(URI.create("/api/v1/projects/" + id + "/investment-reports#" + request.month()))
                    .entity(result.getKey()).build();
        }
        return Response.ok(result.getKey()).build();
    }

    @GET
    @Operation(operationId = "listInvestmentReports", summary = "The project's monthly reports, oldest month first, with corrections")
    public List<ReportView> list(@PathParam("id") UUID id) {
        return investment.list(id);
    }
}
