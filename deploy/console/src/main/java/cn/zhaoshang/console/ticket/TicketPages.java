package cn.zhaoshang.console.ticket;

import cn.zhaoshang.console.api.ApiProblem;
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
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/** A 诉求: where it stands, its time limits in Beijing time, its timeline, and what the viewer can do now. */
@Path("/tickets")
@Produces(MediaType.TEXT_HTML)
public class TicketPages {

    @Inject
    Apis apis;
    @Inject
    Pages pages;
    @Inject
    @Location("tickets.html")
    Template list;
    @Inject
    @Location("ticket.html")
    Template detail;

    @GET
    public TemplateInstance list(@QueryParam("status") String status) {
        String filter = status == null || !status.matches("[A-Z_]{1,20}") ? "" : "&status=" + status;
        JsonNode tickets = apis.get(Service.ASSIST, "/api/v1/tickets?size=100" + filter);
        return pages.page(list).data("tickets", tickets.path("items")).data("total", tickets.path("total").asInt());
    }

    @GET
    @Path("{id}")
    public TemplateInstance show(@PathParam("id") UUID id) {
        return page(id, Map.of(), null);
    }

    @POST
    @Path("{id}/{action}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response act(@PathParam("id") UUID id, @PathParam("action") String name, MultivaluedMap<String, String> posted) {
        MultivaluedMap<String, String> form = pages.checked(posted);
        TicketActions action = TicketActions.named(name).orElseThrow(NotFoundException::new);
        try {
            apis.post(Service.ASSIST, "/api/v1/tickets/" + id + "/" + action.apiPath(), action.body(form::getFirst), Map.of());
            return pages.done(action.done(), "/tickets/" + id);
        } catch (ApiProblem refused) {
            Map<String, String> typed = Pages.typed(form);
            typed.put("action", name);
            return Pages.shownAgain(page(id, typed, refused.sentence()));
        }
    }

    private TemplateInstance page(UUID id, Map<String, String> typed, String error) {
        CompletableFuture<JsonNode> ticket = apis.getAsync(Service.ASSIST, "/api/v1/tickets/" + id);
        CompletableFuture<JsonNode> timeline = apis.getAsync(Service.ASSIST, "/api/v1/tickets/" + id + "/timeline");
        return pages.page(detail).data("ticket", Apis.join(ticket)).data("timeline", Apis.join(timeline))
                .data("typed", typed).data("error", error);
    }
}
