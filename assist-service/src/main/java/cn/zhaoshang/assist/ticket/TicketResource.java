package cn.zhaoshang.assist.ticket;

import cn.zhaoshang.chassis.audit.AuditedChanges;
import cn.zhaoshang.chassis.http.Revalidated;
import cn.zhaoshang.chassis.idempotency.Idempotent;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import cn.zhaoshang.chassis.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.List;
import java.util.UUID;

@Path("/api/v1/tickets")
@RolesAllowed({Roles.ENTERPRISE, Roles.STAFF, Roles.SUPERVISOR, Roles.ADMIN})
@Tag(name = "Tickets (帮办)", description = "Problems enterprises raise on a project and what the service team does about them, within time limits")
@SecurityRequirement(name = "jwt")
@AuditedChanges
public class TicketResource {

    private final TicketService tickets;

    public TicketResource(TicketService tickets) {
        this.tickets = tickets;
    }

    @POST
    @RolesAllowed({Roles.ENTERPRISE, Roles.STAFF, Roles.ADMIN})
    @Operation(operationId = "submitTicket", summary = "Submit a ticket on a project; response and resolution deadlines are set on the working calendar")
    @APIResponse(responseCode = "201", description = "Submitted; Location names it", content = @Content(mediaType = "application/json", schema = @Schema(implementation = TicketView.class)))
    @APIResponse(responseCode = "404", description = "No such project among yours")
    @APIResponse(responseCode = "422", description = "The project is unknown to the assist desk or terminated")
    @Idempotent
    @Parameter(ref = "IdempotencyKey")
    public Response submit(@NotNull @Valid NewTicket request) {
        TicketView ticket = tickets.submit(request);
        return Response.created(URI.create("/api/v1/tickets/" + ticket.id())).entity(ticket).build();
    }

    @GET
    @Operation(operationId = "listTickets", summary = "Tickets the caller may see, newest first, with filters; page sizes above 100 are served at 100")
    public TicketPage list(@QueryParam("projectId") UUID projectId,
                           @QueryParam("status") Status status,
                           @QueryParam("category") Category category,
                           @QueryParam("assignee") @Size(max = 200) String assignee,
                           @Parameter(description = "true: open, not waiting, and past the response (if unaccepted) or resolution deadline; false: the others")
                           @QueryParam("overdue") Boolean overdue,
                           @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100000) int page,
                           @QueryParam("size") @DefaultValue("20") @Min(1) int size) {
        return tickets.list(new TicketQuery(projectId, status, category, assignee, overdue, page, size));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getTicket", summary = "Read a ticket")
    @Revalidated
    @Parameter(ref = "IfNoneMatch")
    public TicketView get(@PathParam("id") UUID id) {
        return tickets.get(id);
    }

    @GET
    @Path("/{id}/timeline")
    @Operation(operationId = "getTicketTimeline", summary = "Everything that happened to the ticket, oldest first (internal notes only for officials)")
    public List<TimelineView> timeline(@PathParam("id") UUID id) {
        return tickets.timeline(id);
    }

    @POST
    @Path("/{id}/accept")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    @Operation(operationId = "acceptTicket", summary = "Accept the ticket: the first to accept owns it (首问负责制)")
    @APIResponse(responseCode = "409", description = "Not possible in the ticket's state; allowedActions names what is")
    @APIResponse(responseCode = "200", description = "Accepted: the caller owns the ticket", content = @Content(mediaType = "application/json", schema = @Schema(implementation = TicketView.class)))
    public TicketView accept(@PathParam("id") UUID id) {
        return tickets.accept(id);
    }

    @POST
    @Path("/{id}/assign")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    @Operation(operationId = "assignTicket", summary = "Hand the ticket over to another person (交办), with a note")
    public TicketView assign(@PathParam("id") UUID id, @NotNull @Valid ActionRequests.Assign request) {
        return tickets.assign(id, request);
    }

    @POST
    @Path("/{id}/comments")
    @Operation(operationId = "commentOnTicket", summary = "Comment; internal comments stay within the team")
    @APIResponse(responseCode = "201", description = "Commented", content = @Content(mediaType = "application/json", schema = @Schema(implementation = TimelineView.class)))
    @Idempotent
    @Parameter(ref = "IdempotencyKey")
    public Response comment(@PathParam("id") UUID id, @NotNull @Valid ActionRequests.Comment request) {
        return Response.status(Response.Status.CREATED).entity(tickets.comment(id, request)).build();
    }

    @POST
    @Path("/{id}/resolve")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    @Operation(operationId = "resolveTicket", summary = "Resolve the ticket; the enterprise then confirms or reopens it")
    public TicketView resolve(@PathParam("id") UUID id, @NotNull @Valid ActionRequests.Resolve request) {
        return tickets.resolve(id, request);
    }

    @POST
    @Path("/{id}/pause")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    @Operation(operationId = "pauseTicket", summary = "Wait on the enterprise or a department; the resolution clock stops until resume")
    public TicketView pause(@PathParam("id") UUID id, @NotNull @Valid ActionRequests.Pause request) {
        return tickets.pause(id, request);
    }

    @POST
    @Path("/{id}/resume")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    @Operation(operationId = "resumeTicket", summary = "End the wait; its working time is added to the resolution deadline and shown on the ticket")
    public TicketView resume(@PathParam("id") UUID id) {
        return tickets.resume(id);
    }

    @POST
    @Path("/{id}/escalate")
    @RolesAllowed({Roles.STAFF, Roles.SUPERVISOR, Roles.ADMIN})
    @Operation(operationId = "escalateTicket", summary = "Escalate one level (专班 → 项目长 → 包联领导 → 督查); the new level gets its extra time")
    @APIResponse(responseCode = "409", description = "Already at 督查, or the ticket is resolved or closed")
    @APIResponse(responseCode = "200", description = "Escalated one level", content = @Content(mediaType = "application/json", schema = @Schema(implementation = TicketView.class)))
    public TicketView escalate(@PathParam("id") UUID id, @NotNull @Valid ActionRequests.Escalate request) {
        return tickets.escalate(id, request);
    }

    @POST
    @Path("/{id}/meeting")
    @RolesAllowed({Roles.STAFF, Roles.SUPERVISOR, Roles.ADMIN})
    @Operation(operationId = "scheduleMeeting", summary = "Put the ticket on the agenda of a joint meeting (会办) on a given day")
    public TicketView scheduleMeeting(@PathParam("id") UUID id, @NotNull @Valid ActionRequests.Meeting request) {
        return tickets.scheduleMeeting(id, request);
    }

    @POST
    @Path("/{id}/meeting/decision")
    @RolesAllowed({Roles.STAFF, Roles.SUPERVISOR, Roles.ADMIN})
    @Operation(operationId = "recordMeetingDecision", summary = "Record the joint meeting's decision on the timeline")
    @APIResponse(responseCode = "409", description = "The ticket was not put before a joint meeting")
    @APIResponse(responseCode = "200", description = "Recorded", content = @Content(mediaType = "application/json", schema = @Schema(implementation = TicketView.class)))
    public TicketView recordMeetingDecision(@PathParam("id") UUID id, @NotNull @Valid ActionRequests.MeetingDecision request) {
        return tickets.recordMeetingDecision(id, request);
    }

    @POST
    @Path("/{id}/confirm")
    @RolesAllowed(Roles.ENTERPRISE)
    @Operation(operationId = "confirmTicket", summary = "Confirm the fix and rate it 1–5 (跟踪问效); closes the ticket")
    public TicketView confirm(@PathParam("id") UUID id, @NotNull @Valid ActionRequests.Confirm request) {
        return tickets.confirm(id, request);
    }

    @POST
    @Path("/{id}/reopen")
    @RolesAllowed(Roles.ENTERPRISE)
    @Operation(operationId = "reopenTicket", summary = "Not satisfied: reopen a resolved ticket, saying why")
    public TicketView reopen(@PathParam("id") UUID id, @NotNull @Valid ActionRequests.Reopen request) {
        return tickets.reopen(id, request);
    }
}
