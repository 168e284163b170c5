package cn.zhaoshang.project.target;

import cn.zhaoshang.chassis.audit.AuditedChanges;
import cn.zhaoshang.chassis.spreadsheet.Workbook;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import java.time.Clock;
import java.time.Instant;

import cn.zhaoshang.chassis.http.Revalidated;
import cn.zhaoshang.chassis.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;

@Path("/api/v1")
@RolesAllowed({Roles.ENTERPRISE, Roles.STAFF, Roles.SUPERVISOR, Roles.ADMIN})
@Tag(name = "Targets and progress", description = "District targets for the year and 序时进度 against them")
@SecurityRequirement(name = "jwt")
@AuditedChanges
public class TargetResource {

    private final TargetService targets;
    private final Clock clock;

    public TargetResource(TargetService targets, Clock clock) {
        this.targets = targets;
        this.clock = clock;
    }

    @PUT
    @Path("/targets/{year}/{district}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "setTargets", summary = "Set a district's annual targets (replaces the year's list)")
    public TargetsView replace(@PathParam("year") @Min(2000) @Max(2100) int year,
                               @PathParam("district") String district,
                               @NotNull @Valid TargetsRequest request) {
        return targets.replace(year, district, request);
    }

    @GET
    @Path("/targets/{year}/{district}")
    @RolesAllowed({Roles.STAFF, Roles.SUPERVISOR, Roles.ADMIN})
    @Operation(operationId = "getTargets", summary = "A district's annual targets")
    @Revalidated
    @Parameter(ref = "IfNoneMatch")
    public TargetsView get(@PathParam("year") @Min(2000) @Max(2100) int year, @PathParam("district") String district) {
        return targets.get(year, district);
    }

    @GET
    @Path("/stats/progress")
    @RolesAllowed({Roles.STAFF, Roles.SUPERVISOR, Roles.ADMIN})
    @Operation(operationId = "getProgress", summary = "Per district and target: actual, completion rate, pro-rata due (序时进度), ahead/behind, rank,"
            + " quarters. By default counted by closed months, as offices count it (through November on 1 December: 11/12,"
            + " against the reports of January to November; this month's reports show as reportedSoFar); basis=DAY counts"
            + " days gone and everything reported")
    @Produces({MediaType.APPLICATION_JSON, Workbook.MEDIA_TYPE})
    @APIResponse(responseCode = "200", description = "The report; with Accept: " + Workbook.MEDIA_TYPE + " as .xlsx, the same as GET /api/v1/stats/progress.xlsx", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProgressReport.class)),
            @Content(mediaType = Workbook.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response progress(@Context HttpHeaders headers,
                             @QueryParam("year") @NotNull @Min(2000) @Max(2100) Integer year,
                             @Parameter(description = "a day of that year, not in the future; default today (Asia/Shanghai)")
                             @QueryParam("asOf") LocalDate asOf,
                             @Parameter(description = "MONTH (closed months, default) or DAY")
                             @QueryParam("basis") @DefaultValue("MONTH") ProgressBasis basis) {
        ProgressReport report = targets.progress(year, asOf, basis);
        return Workbook.requested(headers) ? ProgressSheet.download(report, Instant.now(clock))
                : Response.ok(report, MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Path("/stats/progress.xlsx")
    @RolesAllowed({Roles.STAFF, Roles.SUPERVISOR, Roles.ADMIN})
    @Produces(Workbook.MEDIA_TYPE)
    @Operation(operationId = "exportProgress", summary = "The progress report as .xlsx: per district and target, target, actual, completion rate, 序时进度,"
            + " pro-rata due and gap, ahead or behind in words, rank; the year, basis and as-of date in a title row")
    @APIResponse(responseCode = "200", description = "The .xlsx file", content = @Content(mediaType = Workbook.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response progressSheet(@QueryParam("year") @NotNull @Min(2000) @Max(2100) Integer year,
                                  @Parameter(description = "a day of that year, not in the future; default today (Asia/Shanghai)")
                                  @QueryParam("asOf") LocalDate asOf,
                                  @Parameter(description = "MONTH (closed months, default) or DAY")
                                  @QueryParam("basis") @DefaultValue("MONTH") ProgressBasis basis) {
        return ProgressSheet.download(targets.progress(year, asOf, basis), Instant.now(clock));
    }
}
