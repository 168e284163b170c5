package cn.zhaoshang.notify.webhook;

import cn.zhaoshang.chassis.audit.AuditedChanges;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import cn.zhaoshang.chassis.idempotency.Idempotent;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
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
@Tag(name = "Webhooks", description = "Robots (WeCom, DingTalk, Feishu) that receive a person's notifications")
@SecurityRequirement(name = "jwt")
@AuditedChanges
public class WebhookResource {

    private final WebhookService webhooks;

    public WebhookResource(WebhookService webhooks) {
        this.webhooks = webhooks;
    }

    @POST
    @Operation(operationId = "registerWebhook", summary = "Subscribe a URL to what the caller's inbox receives; each call is signed (X-Signature, X-Timestamp)"
            + " with the secret, which this answer shows once")
    @APIResponse(responseCode = "201", description = "Subscribed; Location names it", content = @Content(mediaType = "application/json", schema = @Schema(implementation = WebhookView.class)))
    @Idempotent
    @Parameter(ref = "IdempotencyKey")
    public Response create(@NotNull @Valid WebhookRequest request) {
        WebhookView view = webhooks.create(request);
        return Response.created(URI.create("/api/v1/webhooks/" + view.id())).entity(view).build();
    }

    @GET
    @Operation(operationId = "listWebhooks", summary = "The caller's webhooks (admins: all), without secrets")
    public List<WebhookView> list() {
        return webhooks.list();
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteWebhook", summary = "Unsubscribe")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("id") UUID id) {
        webhooks.delete(id);
        return Response.noContent().build();
    }
}
