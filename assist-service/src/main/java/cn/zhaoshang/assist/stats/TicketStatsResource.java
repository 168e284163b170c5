package cn.zhaoshang.assist.stats;

import cn.zhaoshang.chassis.problem.InvalidInput;
import cn.zhaoshang.chassis.security.Roles;
import cn.zhaoshang.chassis.time.Clocks;
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
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

@Path("/api/v1/stats/tickets")
@RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
@Tag(name = "Ticket statistics", description = "Ticket counts and working-time figures by team, category or district")
@SecurityRequirement(name = "jwt")
public class TicketStatsResource {

    private static final String DATE = "\\d{4}-\\d{2}-\\d{2}";

    private final TicketStatsService stats;
    private final Clock clock;

    public TicketStatsResource(TicketStatsService stats, Clock clock) {
        this.stats = stats;
        this.clock = clock;
    }

    @GET
    @Operation(operationId = "getTicketStatistics", summary = "Opened, resolved, open and overdue tickets, on-time rates, mean and p90 response and resolution"
            + " times in working hours, reopen rate and satisfaction, per team, category or district; and waits per department")
    public TicketStats tickets(
            @Parameter(description = "team (a project's 专班), category or district")
            @QueryParam("groupBy") @DefaultValue("district") @NotNull @Pattern(regexp = "team|category|district") String groupBy,
            @Parameter(description = "first day (Asia/Shanghai), default the first of this month")
            @QueryParam("from") @Pattern(regexp = DATE) String from,
            @Parameter(description = "last day included, default today")
            @QueryParam("to") @Pattern(regexp = DATE) String to) {
        LocalDate today = Clocks.today(clock);
        LocalDate last = date("to", to, today);
        LocalDate first = date("from", from, last.withDayOfMonth(1));
        if (first.isAfter(last)) {
            throw new InvalidInput("from", "must not be after 'to'");
        }
        return stats.stats(GroupBy.valueOf(groupBy.toUpperCase()), first, last);
    }

    private static LocalDate date(String name, String value, LocalDate fallback) {
        if (value == null) {
            return fallback;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidInput(name, "is not a calendar date (yyyy-MM-dd)");
        }
    }
}
