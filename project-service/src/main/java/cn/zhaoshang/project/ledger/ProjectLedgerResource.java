package cn.zhaoshang.project.ledger;

import cn.zhaoshang.chassis.security.Roles;
import cn.zhaoshang.chassis.spreadsheet.Workbook;
import cn.zhaoshang.project.lifecycle.Stage;
import cn.zhaoshang.project.registry.ProjectQuery;
import cn.zhaoshang.project.registry.Tier;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code GET /projects.xlsx}: the project list as a download link can ask for it (a link cannot set Accept). */
@Path("/api/v1/projects.xlsx")
@RolesAllowed({Roles.ENTERPRISE, Roles.STAFF, Roles.SUPERVISOR, Roles.ADMIN})
@Tag(name = "Projects")
@SecurityRequirement(name = "jwt")
public class ProjectLedgerResource {

    private final ProjectLedgerExport export;

    public ProjectLedgerResource(ProjectLedgerExport export) {
        this.export = export;
    }

    @GET
    @Produces(Workbook.MEDIA_TYPE)
    @Operation(operationId = "exportProjects", summary = "Every project matching the filters of GET /api/v1/projects, visible to you, as the office's ledger (.xlsx):"
            + " the import template's columns, then tier, 重大项目, investment completed and registration time; a title row with scope, filters and as-of time")
    @APIResponse(responseCode = "200", description = "The .xlsx file", content = @Content(mediaType = Workbook.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response export(@QueryParam("district") @Size(max = 40) String district,
                           @QueryParam("stage") Stage stage,
                           @QueryParam("tier") Tier tier,
                           @QueryParam("industry") @Size(max = 40) String industry,
                           @QueryParam("category") @Size(max = 40) String category,
                           @QueryParam("q") @Size(max = 100) String q,
                           @Parameter(description = "as for GET /api/v1/projects, e.g. -totalInvestment,name")
                           @QueryParam("sort") @Size(max = 200) String sort) {
        return export.export(new ProjectQuery(district, stage, tier, industry, category, q, 0, 1, sort));
    }
}
