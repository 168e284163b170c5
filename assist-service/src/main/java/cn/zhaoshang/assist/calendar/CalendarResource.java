package cn.zhaoshang.assist.calendar;

import cn.zhaoshang.chassis.audit.AuditedChanges;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import cn.zhaoshang.chassis.http.Revalidated;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
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

import java.util.List;

@Path("/api/v1/calendar/years")
@RolesAllowed({Roles.ENTERPRISE, Roles.STAFF, Roles.SUPERVISOR, Roles.ADMIN})
@Tag(name = "Working calendar (节假日安排)", description = "The official working calendar deadlines count on, year by year")
@SecurityRequirement(name = "jwt")
@AuditedChanges
public class CalendarResource {

    private final CalendarService calendar;

    public CalendarResource(CalendarService calendar) {
        this.calendar = calendar;
    }

    @GET
    @Operation(operationId = "listCalendarYears", summary = "The years deadlines are counted on: each loaded or shipped arrangement, and this year and the"
            + " next, official or provisional")
    public List<CalendarYearView> years() {
        return calendar.years();
    }

    @GET
    @Path("/{year}")
    @Operation(operationId = "getCalendarYear", summary = "One year's days off and make-up working days, official or (without an arrangement) provisional")
    @APIResponse(responseCode = "400", description = "Not a year from 2000 to 2100")
    @APIResponse(responseCode = "200", description = "The year", content = @Content(mediaType = "application/json", schema = @Schema(implementation = CalendarYearView.class)))
    @Revalidated
    @Parameter(ref = "IfNoneMatch")
    public CalendarYearView year(@PathParam("year") int year) {
        return calendar.year(year);
    }

    @PUT
    @Path("/{year}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "loadCalendarYear", summary = "Load (or correct) a year's official arrangement from the State Council's notice: every replica"
            + " uses it at once, and open tickets whose deadlines it changes move, each with a timeline entry and a"
            + " ticket.deadlines-moved event")
    @APIResponse(responseCode = "200", description = "Loaded; ticketsMoved says how many open tickets' deadlines moved")
    @APIResponse(responseCode = "400", description = "Not an arrangement a notice could give: a date outside the year, a day"
            + " both off and worked, a make-up working day on a weekday, a statutory weekday holiday not off, or weekdays off"
            + " beyond what the statute, 补休 and 调休 account for without a reason")
    public CalendarYearView load(@PathParam("year") int year, @NotNull @Valid CalendarYearRequest request) {
        return calendar.load(year, request);
    }
}
