package cn.zhaoshang.notify.webhook;

import cn.zhaoshang.chassis.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
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

@Path("/api/v1/webhooks")
@RolesAllowed({Roles.STAFF, Roles.SUPERVISOR, Roles.ADMIN})
@Tag(name = "Webhooks")
@SecurityRequirement(name = "jwt")
public class WebhookResource {

    private final WebhookService webhooks;

    public WebhookResource(WebhookService webhooks) {
        this.webhooks = webhooks;
    }

    @POST
    @Operation(summary = "Subscribe a URL to what the caller's inbox receives; each call is signed (X-Signature, X-Timestamp)"
            + " with the secret, which this answer shows once")
    @APIResponse(responseCode = "201", description = "Subscribed")
    public Response create(@NotNull @Valid WebhookRequest request) {
        WebhookView view = webhooks.create(request);
        return Response.created(URI.create("/api/v1/webhooks/" + view.id())).entity(view).build();
    }

    @GET
    @Operation(summary = "The caller's webhooks (admins: all), without secrets")
    public List<WebhookView> list() {
        return webhooks.list();
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Unsubscribe")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("id") UUID id) {
        webhooks.delete(id);
        return Response.noContent().build();
    }
}
