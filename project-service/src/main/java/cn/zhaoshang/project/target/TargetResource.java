package cn.zhaoshang.project.target;

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
public class TargetResource {

    private final TargetService targets;

    public TargetResource(TargetService targets) {
        this.targets = targets;
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
    public ProgressReport progress(@QueryParam("year") @NotNull @Min(2000) @Max(2100) Integer year,
                                   @Parameter(description = "a day of that year, not in the future; default today (Asia/Shanghai)")
                                   @QueryParam("asOf") LocalDate asOf,
                                   @Parameter(description = "MONTH (closed months, default) or DAY")
                                   @QueryParam("basis") @DefaultValue("MONTH") ProgressBasis basis) {
        return targets.progress(year, asOf, basis);
    }
}
