package cn.zhaoshang.notify.supervision;

import cn.zhaoshang.chassis.http.Revalidated;
import cn.zhaoshang.chassis.problem.InvalidInput;
import cn.zhaoshang.chassis.problem.ResourceNotFound;
import cn.zhaoshang.chassis.security.Caller;
import cn.zhaoshang.chassis.security.Roles;
import cn.zhaoshang.chassis.time.Clocks;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

@Path("/api/v1/briefs/{district}")
@RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
@Tag(name = "Daily brief", description = "日通报: a district's day in numbers and names, by business date")
@SecurityRequirement(name = "jwt")
public class BriefResource {

    private final DailyBrief briefs;
    private final Caller caller;
    private final Clock clock;

    public BriefResource(DailyBrief briefs, Caller caller, Clock clock) {
        this.briefs = briefs;
        this.caller = caller;
        this.clock = clock;
    }

    @GET
    @Operation(operationId = "getDailyBrief", summary = "A district's daily brief (日通报) for a day: what was sent, or for today the day so far;"
            + " supervisors of that district (or city-wide) and admins")
    @Revalidated
    @Parameter(ref = "IfNoneMatch")
    public BriefView brief(@Parameter(description = "district code, e.g. etdz") @PathParam("district")
                           @Pattern(regexp = "[A-Za-z][A-Za-z0-9_-]{0,39}") String district,
                           @Parameter(description = "the day (Asia/Shanghai), default today") @QueryParam("day")
                           @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}") String day) {
        if (!caller.oversees(district)) {
            throw new ResourceNotFound("brief of district", district);
        }
        return briefs.compose(district, day == null ? Clocks.today(clock) : date(day));
    }

    private static LocalDate date(String day) {
        try {
            return LocalDate.parse(day);
        } catch (DateTimeParseException e) {
            throw new InvalidInput("day", "is not a calendar date (yyyy-MM-dd)");
        }
    }
}
