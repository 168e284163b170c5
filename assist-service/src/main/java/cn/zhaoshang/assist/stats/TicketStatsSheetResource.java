package cn.zhaoshang.assist.stats;

import cn.zhaoshang.chassis.security.Roles;
import cn.zhaoshang.chassis.spreadsheet.Workbook;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
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

import java.time.Clock;
import java.time.Instant;

/** {@code GET /stats/tickets.xlsx}: the statistics as a download link can ask for them (a link cannot set Accept). */
@Path("/api/v1/stats/tickets.xlsx")
@RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
@Tag(name = "Ticket statistics")
@SecurityRequirement(name = "jwt")
public class TicketStatsSheetResource {

    private final TicketStatsService stats;
    private final Clock clock;

    public TicketStatsSheetResource(TicketStatsService stats, Clock clock) {
        this.stats = stats;
        this.clock = clock;
    }

    @GET
    @Produces(Workbook.MEDIA_TYPE)
    @Operation(operationId = "exportTicketStatistics", summary = "The ticket statistics as .xlsx: a sheet per group with the total, a sheet of department waits; grouping and period in the title row")
    @APIResponse(responseCode = "200", description = "The .xlsx file", content = @Content(mediaType = Workbook.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response export(
            @Parameter(description = "team (a project's 专班), category or district")
            @QueryParam("groupBy") @DefaultValue("district") @NotNull @Pattern(regexp = "team|category|district") String groupBy,
            @Parameter(description = "first day (Asia/Shanghai), default the first of this month")
            @QueryParam("from") @Pattern(regexp = TicketStatsResource.DATE) String from,
            @Parameter(description = "last day included, default today")
            @QueryParam("to") @Pattern(regexp = TicketStatsResource.DATE) String to) {
        return TicketStatsSheet.download(stats.stats(GroupBy.valueOf(groupBy.toUpperCase()), from, to), Instant.now(clock));
    }
}
