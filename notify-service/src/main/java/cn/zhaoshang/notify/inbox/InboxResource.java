package cn.zhaoshang.notify.inbox;

import cn.zhaoshang.chassis.audit.AuditedChanges;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import jakarta.validation.constraints.Size;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.UnauthorizedException;
import jakarta.annotation.security.PermitAll;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import cn.zhaoshang.chassis.security.Caller;
import cn.zhaoshang.chassis.security.Roles;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Map;
import java.util.UUID;

@Path("/api/v1/notifications")
@RolesAllowed({Roles.ENTERPRISE, Roles.STAFF, Roles.SUPERVISOR, Roles.ADMIN})
@Tag(name = "Inbox", description = "A person's notifications: the list, read marks, and the live stream")
@SecurityRequirement(name = "jwt")
@AuditedChanges
public class InboxResource {

    static final int MAX_PAGE_SIZE = 100;
    private final Inbox inbox;
    private final NotificationStream stream;
    private final Caller caller;
    private final StreamTickets tickets;
    private final SecurityIdentity identity;

    public InboxResource(Inbox inbox, NotificationStream stream, Caller caller, StreamTickets tickets, SecurityIdentity identity) {
        this.tickets = tickets;
        this.identity = identity;
        this.inbox = inbox;
        this.stream = stream;
        this.caller = caller;
    }

    @GET
    @Operation(operationId = "listNotifications", summary = "The caller's notifications, newest first, with the unread count; page sizes above 100 are served at 100")
    public InboxPage list(@QueryParam("unread") @DefaultValue("false") boolean unread,
                          @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100000) int page,
                          @QueryParam("size") @DefaultValue("20") @Min(1) int size) {
        return inbox.read(unread, page, Math.min(size, MAX_PAGE_SIZE));
    }

    @GET
    @Path("/stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Blocking
    @PermitAll
    @Operation(operationId = "streamNotifications", summary = "The caller's new notifications as Server-Sent Events (event id = sequence number); send"
            + " Last-Event-ID to resume after the last one received, with nothing missed or repeated. The stream ends"
            + " when the token that opened it expires, with a last event named token-expired: reconnect with a fresh"
            + " token and Last-Event-ID. A browser's EventSource, which cannot send a token, opens it with ?ticket= from"
            + " POST /api/v1/notifications/stream-tickets (and ?lastEventId= to resume)")
    @APIResponse(responseCode = "200", description = "A text/event-stream: each event's id is the notification's sequence"
            + " number, its event name the notification's kind, its data the notification as JSON (below); the last"
            + " event, named token-expired, has no notification", content = @Content(mediaType = MediaType.SERVER_SENT_EVENTS,
            schema = @Schema(implementation = NotificationView.class)))
    public Multi<OutboundSseEvent> stream(@HeaderParam("Last-Event-ID") @Pattern(regexp = "\\d{1,18}") String lastEventId,
                                          @Parameter(description = "A stream ticket, for clients that cannot send a bearer token")
                                          @QueryParam("ticket") @Size(max = 100) String ticket,
                                          @Parameter(description = "Resume after this sequence number (when Last-Event-ID cannot be sent)")
                                          @QueryParam("lastEventId") @Pattern(regexp = "\\d{1,18}") String lastEventIdParam,
                                          @Context Sse sse) {
        String after = lastEventId != null ? lastEventId : lastEventIdParam;
        Long resumeAfter = after == null ? null : Long.valueOf(after);
        if (ticket != null) {
            StreamTickets.Redeemed redeemed = tickets.redeem(ticket).orElseThrow(() -> new UnauthorizedException(
                    "the stream ticket is unknown, used or expired; ask for a new one"));
            return stream.open(redeemed.reader(), resumeAfter, sse, redeemed.tokenExpiresAt());
        }
        if (identity.isAnonymous()) {
            throw new UnauthorizedException("a bearer token, or a stream ticket, is required");
        }
        return stream.open(Reader.of(caller), resumeAfter, sse, caller.tokenExpiresAt());
    }

    @POST
    @Path("/stream-tickets")
    @Operation(operationId = "issueStreamTicket", summary = "A single-use ticket, valid for 60 seconds, with which a browser's"
            + " EventSource opens the caller's stream (GET /api/v1/notifications/stream?ticket=…) without a token in its URL;"
            + " the stream reads as the caller and ends when the caller's token expires")
    @APIResponse(responseCode = "201", description = "Issued", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = StreamTicketView.class)))
    public Response issueStreamTicket() {
        StreamTickets.Issued issued = tickets.issue(Reader.of(caller), caller.tokenExpiresAt());
        return Response.status(Response.Status.CREATED).entity(new StreamTicketView(issued.ticket(), issued.expiresAt(),
                "/api/v1/notifications/stream?ticket=" + issued.ticket())).build();
    }

    @POST
    @Path("/{id}/read")
    @Operation(operationId = "markNotificationRead", summary = "Mark one notification read (for the caller only)")
    @APIResponse(responseCode = "204", description = "Read")
    @APIResponse(responseCode = "404", description = "No such notification in the caller's inbox")
    public Response markRead(@PathParam("id") UUID id) {
        inbox.markRead(id);
        return Response.noContent().build();
    }

    @POST
    @Path("/read-all")
    @Operation(operationId = "markAllNotificationsRead", summary = "Mark every notification in the caller's inbox read")
    public Map<String, Integer> markAllRead() {
        return Map.of("marked", inbox.markAllRead());
    }
}
