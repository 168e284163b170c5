package cn.zhaoshang.project.registry;

import cn.zhaoshang.chassis.audit.AuditedChanges;
import cn.zhaoshang.chassis.http.Revalidated;
import cn.zhaoshang.chassis.idempotency.Idempotent;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import cn.zhaoshang.project.lifecycle.Stage;
import cn.zhaoshang.chassis.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.zhaoshang.chassis.spreadsheet.Workbook;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;

import java.net.URI;
import java.util.List;
import java.util.UUID;

@Path("/api/v1/projects")
@RolesAllowed({Roles.ENTERPRISE, Roles.STAFF, Roles.SUPERVISOR, Roles.ADMIN})
@Tag(name = "Projects", description = "Investment projects (招商项目): register, search, read and update")
@SecurityRequirement(name = "jwt")
@AuditedChanges
public class ProjectResource {

    private final ProjectService projects;
    private final ProjectSpreadsheet spreadsheet;

    public ProjectResource(ProjectService projects, ProjectSpreadsheet spreadsheet) {
        this.projects = projects;
        this.spreadsheet = spreadsheet;
    }

    @POST
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    @Operation(operationId = "registerProject", summary = "Register a project")
    @APIResponse(responseCode = "201", description = "Registered; Location names it, ETag carries its version", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ProjectView.class)))
    @APIResponse(responseCode = "400", description = "Invalid input, naming each field")
    @Idempotent
    @Parameter(ref = "IdempotencyKey")
    public Response register(@NotNull @Valid NewProject request) {
        ProjectView created = projects.register(request);
        return Response.created(URI.create("/api/v1/projects/" + created.id()))
                .tag(etag(created)).entity(created).build();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getProject", summary = "Read a project with planned vs actual milestones and durations")
    @APIResponse(responseCode = "404", description = "No such project, or not visible to you")
    @APIResponse(responseCode = "200", description = "The project; ETag carries its version", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ProjectView.class)))
    @Revalidated
    @Parameter(ref = "IfNoneMatch")
    public Response get(@PathParam("id") UUID id) {
        ProjectView project = projects.get(id);
        return Response.ok(project).tag(etag(project)).build();
    }

    @PATCH
    @Path("/{id}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    @Operation(operationId = "updateProject", summary = "Change some fields of a project; If-Match must carry the ETag you read")
    @APIResponse(responseCode = "412", description = "The project changed since you read it")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    @APIResponse(responseCode = "200", description = "Updated; ETag carries the new version", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ProjectView.class)))
    public Response patch(@PathParam("id") UUID id,
                          @Parameter(description = "the ETag from GET, e.g. \"3\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                          @NotNull @Valid ProjectPatch patch) {
        ProjectView updated = projects.patch(id, ETags.version(ifMatch), patch);
        return Response.ok(updated).tag(etag(updated)).build();
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, Workbook.MEDIA_TYPE})
    @Operation(operationId = "listProjects", summary = "List projects with filters, search (q: project or enterprise name, credit code), sort and pages;"
            + " with Accept: " + Workbook.MEDIA_TYPE + " every matching project (no pages) as the office's ledger in .xlsx,"
            + " the same as GET /api/v1/projects.xlsx")
    @APIResponse(responseCode = "200", description = "A page of projects, or the whole list as .xlsx", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProjectPage.class)),
            @Content(mediaType = Workbook.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response list(@Context HttpHeaders headers,@QueryParam("district") @Size(max = 40) String district,
                                     @QueryParam("stage") Stage stage,
                                     @QueryParam("tier") Tier tier,
                                     @QueryParam("industry") @Size(max = 40) String industry,
                                     @QueryParam("category") @Size(max = 40) String category,
                                     @Parameter(description = "text that the project's name, its enterprise's name or its credit code"
                                             + " holds in one run, in any letter case, e.g. 光伏, 通灵 or 9132080; two characters or more"
                                             + " are looked up in an index; a single character is matched without it, slower on a long list")
                                     @QueryParam("q") @Size(max = 100) String q,
                                     @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100000) int page,
                                     @Parameter(description = "at most " + ProjectQuery.MAX_PAGE_SIZE + "; larger sizes are served at that size")
                                     @QueryParam("size") @DefaultValue("20") @Min(1) int size,
                                     @Parameter(description = "comma-separated fields, '-' for descending, e.g. -totalInvestment,name")
                                     @QueryParam("sort") @Size(max = 200) String sort) {
        ProjectQuery query = new ProjectQuery(district, stage, tier, industry, category, q, page, size, sort);
        if (Workbook.requested(headers)) {
            return spreadsheet.export(query);
        }
        return Response.ok(projects.list(query), MediaType.APPLICATION_JSON).build();
    }

    /** The JSON list's shape, named for the documents (a generic Page has no schema of its own). */
    @Schema(name = "PageProjectSummary")
    public static final class ProjectPage {
        public List<ProjectSummary> items;
        public long total;
        public int page;
        public int size;
    }

    private static EntityTag etag(ProjectView project) {
        return new EntityTag(Long.toString(project.version()));
    }
}
