package cn.zhaoshang.console.inbox;

import cn.zhaoshang.console.api.Apis;
import cn.zhaoshang.console.api.Service;
import cn.zhaoshang.console.web.Pages;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import java.util.Map;
import java.util.UUID;

/** The inbox behind the bell: what happened to the person's tickets and projects, newest first. */
@Path("/inbox")
public class InboxPages {

    @Inject
    Apis apis;
    @Inject
    Pages pages;
    @Inject
    @Location("inbox.html")
    Template inbox;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance page() {
        JsonNode notifications = apis.get(Service.NOTIFY, "/api/v1/notifications?size=50");
        return pages.page(inbox).data("notifications", notifications.path("items"))
                .data("unread", notifications.path("unread").asLong());
    }

    /** The bell's count, read by the page's script when it loads and on every live notification. */
    @GET
    @Path("unread")
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Long> unread() {
        JsonNode notifications = apis.get(Service.NOTIFY, "/api/v1/notifications?size=1&unread=true");
        return Map.of("unread", notifications.path("unread").asLong());
    }

    @POST
    @Path("read-all")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response readAll(MultivaluedMap<String, String> posted) {
        pages.checked(posted);
        apis.post(Service.NOTIFY, "/api/v1/notifications/read-all", null, Map.of());
        return pages.done("全部消息已标为已读。", "/inbox");
    }

    /** Opens what a notification is about and marks it read. */
    @POST
    @Path("{id}/open")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response open(@PathParam("id") UUID id, MultivaluedMap<String, String> posted) {
        MultivaluedMap<String, String> form = pages.checked(posted);
        apis.post(Service.NOTIFY, "/api/v1/notifications/" + id + "/read", null, Map.of());
        String ticket = form.getFirst("ticketId");
        String project = form.getFirst("projectId");
        String target = ticket != null && ticket.matches("[0-9a-f-]{36}") ? "/tickets/" + ticket
                : project != null && project.matches("[0-9a-f-]{36}") ? "/projects/" + project : "/inbox";
        return Response.seeOther(java.net.URI.create(target)).build();
    }
}
