package cn.zhaoshang.notify.inbox;

import cn.zhaoshang.notify.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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

    public InboxResource(Inbox inbox) {
        this.inbox = inbox;
    }

    @GET
    @Operation(summary = "The caller's notifications, newest first, with the unread count; page sizes above 100 are served at 100")
    public InboxPage list(@QueryParam("unread") @DefaultValue("false") boolean unread,
                          @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100000) int page,
                          @QueryParam("size") @DefaultValue("20") @Min(1) int size) {
        return inbox.read(unread, page, Math.min(size, MAX_PAGE_SIZE));
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
