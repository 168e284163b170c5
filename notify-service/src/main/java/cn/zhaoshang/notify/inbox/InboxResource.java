package cn.zhaoshang.notify.inbox;

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
@Tag(name = "Inbox")
@SecurityRequirement(name = "jwt")
public class InboxResource {

    static final int MAX_PAGE_SIZE = 100;
    private final Inbox inbox;
    private final NotificationStream stream;
    private final Caller caller;

    public InboxResource(Inbox inbox, NotificationStream stream, Caller caller) {
        this.inbox = inbox;
        this.stream = stream;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "The caller's notifications, newest first, with the unread count; page sizes above 100 are served at 100")
    public InboxPage list(@QueryParam("unread") @DefaultValue("false") boolean unread,
                          @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100000) int page,
                          @QueryParam("size") @DefaultValue("20") @Min(1) int size) {
        return inbox.read(unread, page, Math.min(size, MAX_PAGE_SIZE));
    }

    @GET
    @Path("/stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Blocking
    @Operation(summary = "The caller's new notifications as Server-Sent Events (event id = sequence number); send"
            + " Last-Event-ID to resume after the last one received, with nothing missed or repeated. The stream ends"
            + " when the token that opened it expires, with a last event named token-expired: reconnect with a fresh"
            + " token and Last-Event-ID")
    public Multi<OutboundSseEvent> stream(@HeaderParam("Last-Event-ID") @Pattern(regexp = "\\d{1,18}") String lastEventId,
                                          @Context Sse sse) {
        return stream.open(Reader.of(caller), lastEventId == null ? null : Long.valueOf(lastEventId), sse, caller.tokenExpiresAt());
    }

    @POST
    @Path("/{id}/read")
    @Operation(summary = "Mark one notification read (for the caller only)")
    @APIResponse(responseCode = "204", description = "Read")
    @APIResponse(responseCode = "404", description = "No such notification in the caller's inbox")
    public Response markRead(@PathParam("id") UUID id) {
        inbox.markRead(id);
        return Response.noContent().build();
    }

    @POST
    @Path("/read-all")
    @Operation(summary = "Mark every notification in the caller's inbox read")
    public Map<String, Integer> markAllRead() {
        return Map.of("marked", inbox.markAllRead());
    }
}
