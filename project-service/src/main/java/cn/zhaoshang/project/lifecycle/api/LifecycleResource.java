package cn.zhaoshang.project.lifecycle.api;

import cn.zhaoshang.chassis.audit.AuditedChanges;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import cn.zhaoshang.project.lifecycle.MoveRequest;
import cn.zhaoshang.project.lifecycle.Stage;
import cn.zhaoshang.project.lifecycle.TransitionView;

import cn.zhaoshang.project.registry.ProjectView;
import cn.zhaoshang.chassis.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@Path("/api/v1/projects/{id}")
@RolesAllowed({Roles.ENTERPRISE, Roles.STAFF, Roles.SUPERVISOR, Roles.ADMIN})
@Tag(name = "Lifecycle", description = "A project's stages from lead to full production, with dates, reasons and recognitions")
@SecurityRequirement(name = "jwt")
@AuditedChanges
public class LifecycleResource {

    private final LifecycleService lifecycle;

    public LifecycleResource(LifecycleService lifecycle) {
        this.lifecycle = lifecycle;
    }

    @POST
    @Path("/transitions")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    @Operation(operationId = "moveProject", summary = "Move the project to another stage, dated the day it happened")
    @APIResponse(responseCode = "201", description = "Moved; the body is the recorded transition", content = @Content(mediaType = "application/json", schema = @Schema(implementation = cn.zhaoshang.project.lifecycle.TransitionView.class)))
    @APIResponse(responseCode = "400", description = "Date in the future or before the previous move; a skip, suspension or termination without reason; 开工/竣工 without recognising authority")
    @APIResponse(responseCode = "409", description = "The state machine does not allow this move; allowedMoves names those it does")
    public Response move(@PathParam("id") UUID id, @NotNull @Valid MoveRequest request) {
        TransitionView transition = lifecycle.move(id, request);
        return Response.created(URI.create("/api/v1/projects/" + id + "/history#" + transition.id()))
                .entity(transition).build();
    }

    @GET
    @Path("/history")
    @Operation(operationId = "getProjectHistory", summary = "Every move of the project, oldest first")
    public List<TransitionView> history(@PathParam("id") UUID id) {
        return lifecycle.history(id);
    }

    @PUT
    @Path("/milestones")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    @Operation(operationId = "planMilestones", summary = "Set planned dates per stage, e.g. {\"CONSTRUCTION_STARTED\": \"2025-06-30\"}; null clears a plan")
    public ProjectView plan(@PathParam("id") UUID id, @NotNull Map<@NotNull Stage, LocalDate> planned) {
        return lifecycle.plan(id, planned);
    }
}
