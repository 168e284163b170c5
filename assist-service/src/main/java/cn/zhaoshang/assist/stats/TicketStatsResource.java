package cn.zhaoshang.assist.stats;

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
import java.time.Instant;

import cn.zhaoshang.chassis.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Clock;

@Path("/api/v1/stats/tickets")
@RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
@Tag(name = "Ticket statistics", description = "Ticket counts and working-time figures by team, category or district")
@SecurityRequirement(name = "jwt")
public class TicketStatsResource {

    static final String DATE = "\\d{4}-\\d{2}-\\d{2}";

    private final TicketStatsService stats;
    private final Clock clock;

    public TicketStatsResource(TicketStatsService stats, Clock clock) {
        this.stats = stats;
        this.clock = clock;
    }

    @GET
    @Operation(operationId = "getTicketStatistics", summary = "Opened, resolved, open and overdue tickets, on-time rates, mean and p90 response and resolution"
            + " times in working hours, reopen rate and satisfaction, per team, category or district; and waits per department")
    @Produces({MediaType.APPLICATION_JSON, Workbook.MEDIA_TYPE})
    @APIResponse(responseCode = "200", description = "The statistics; with Accept: " + Workbook.MEDIA_TYPE + " as .xlsx, the same as GET /api/v1/stats/tickets.xlsx", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TicketStats.class)),
            @Content(mediaType = Workbook.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response tickets(
            @Context HttpHeaders headers,
            @Parameter(description = "team (a project's 专班), category or district")
            @QueryParam("groupBy") @DefaultValue("district") @NotNull @Pattern(regexp = "team|category|district") String groupBy,
            @Parameter(description = "first day (Asia/Shanghai), default the first of this month")
            @QueryParam("from") @Pattern(regexp = DATE) String from,
            @Parameter(description = "last day included, default today")
            @QueryParam("to") @Pattern(regexp = DATE) String to) {
        TicketStats result = stats.stats(GroupBy.valueOf(groupBy.toUpperCase()), from, to);
        return Workbook.requested(headers) ? TicketStatsSheet.download(result, Instant.now(clock))
                : Response.ok(result, MediaType.APPLICATION_JSON).build();
    }
}
