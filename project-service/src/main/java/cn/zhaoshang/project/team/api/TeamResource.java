package cn.zhaoshang.project.team.api;

import cn.zhaoshang.chassis.audit.AuditedChanges;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import cn.zhaoshang.chassis.http.Revalidated;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import cn.zhaoshang.project.team.TeamView;

import cn.zhaoshang.chassis.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@Path("/api/v1/projects/{id}/team")
@RolesAllowed({Roles.ENTERPRISE, Roles.STAFF, Roles.SUPERVISOR, Roles.ADMIN})
@Tag(name = "Service teams (专班)", description = "The service team of a project: chief (项目长), leader in charge (包联领导) and members")
@SecurityRequirement(name = "jwt")
@AuditedChanges
public class TeamResource {

    private final TeamService teams;

    public TeamResource(TeamService teams) {
        this.teams = teams;
    }

    @PUT
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    @Operation(operationId = "assignTeam", summary = "Set the project's team: chief (项目长), leader in charge (包联领导), members, assisting units (帮办单位), liaison groups")
    public TeamView assign(@PathParam("id") UUID id, @NotNull @Valid TeamRequest request) {
        return teams.assign(id, request);
    }

    @GET
    @Operation(operationId = "getTeam", summary = "The project's team")
    @APIResponse(responseCode = "404", description = "No such project, not visible to you, or no team yet")
    @APIResponse(responseCode = "200", description = "The team", content = @Content(mediaType = "application/json", schema = @Schema(implementation = TeamView.class)))
    @Revalidated
    @Parameter(ref = "IfNoneMatch")
    public TeamView get(@PathParam("id") UUID id) {
        return teams.get(id);
    }
}
