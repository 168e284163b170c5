package cn.zhaoshang.console.project;

import cn.zhaoshang.console.api.ApiProblem;
import cn.zhaoshang.console.api.Apis;
import cn.zhaoshang.console.api.Service;
import cn.zhaoshang.console.format.Beijing;
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

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/** Projects as their enterprise or team sees them: milestones planned vs actual, the team, the tickets; a new 诉求. */
@Path("/projects")
@Produces(MediaType.TEXT_HTML)
public class ProjectPages {

    /** The 诉求 categories an enterprise picks from, with assist-service's labels (TicketView.categoryLabel). */
    static final Map<String, String> CATEGORIES = categories();

    @Inject
    Apis apis;
    @Inject
    Pages pages;
    @Inject
    @Location("projects.html")
    Template list;
    @Inject
    @Location("project.html")
    Template detail;

    @GET
    public TemplateInstance list() {
        JsonNode projects = apis.get(Service.PROJECT, "/api/v1/projects?size=100&sort=name");
        return pages.page(list).data("projects", projects.path("items")).data("total", projects.path("total").asInt());
    }

    @GET
    @Path("{id}")
    public TemplateInstance show(@PathParam("id") UUID id) {
        return page(id, Map.of(), null);
    }

    /**
     * Submits a 诉求. The form carries an idempotency key made when it was shown, so a retried or doubled submission
     * creates one ticket; a refused one shows the form again with what was typed and the reason.
     */
    @POST
    @Path("{id}/tickets")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response submit(@PathParam("id") UUID id, MultivaluedMap<String, String> posted) {
        MultivaluedMap<String, String> form = pages.checked(posted);
        Map<String, Object> ticket = new LinkedHashMap<>();
        ticket.put("projectId", id.toString());
        ticket.put("category", form.getFirst("category"));
        ticket.put("title", form.getFirst("title"));
        ticket.put("description", form.getFirst("description"));
        putIfGiven(ticket, "contact", form.getFirst("contact"));
        putIfGiven(ticket, "blocksMilestone", form.getFirst("blocksMilestone"));
        if ("on".equals(form.getFirst("urgent"))) {
            ticket.put("priority", "URGENT");
        }
        try {
            JsonNode created = apis.post(Service.ASSIST, "/api/v1/tickets", ticket,
                    Map.of("Idempotency-Key", form.getFirst("idempotencyKey")));
            return pages.done("诉求已提交，专班将在" + Beijing.time(created.path("responseDueAt").asText(), Beijing.thisYear())
                    + "前受理。", "/tickets/" + created.path("id").asText());
        } catch (ApiProblem refused) {
            Map<String, String> typed = Pages.typed(form);
            if (refused.status() >= 400 && refused.status() < 500) {
                // the service answered and kept this key for that answer: the corrected form is a new request
                typed.remove("idempotencyKey");
            }
            return Pages.shownAgain(page(id, typed, refused.sentence()));
        }
    }

    private TemplateInstance page(UUID id, Map<String, String> typed, String error) {
        CompletableFuture<JsonNode> project = apis.getAsync(Service.PROJECT, "/api/v1/projects/" + id);
        CompletableFuture<JsonNode> tickets = apis.getAsync(Service.ASSIST, "/api/v1/tickets?size=100&projectId=" + id);
        String key = typed.getOrDefault("idempotencyKey", UUID.randomUUID().toString());
        return pages.page(detail).data("project", Apis.join(project)).data("tickets", Apis.join(tickets).path("items"))
                .data("categories", CATEGORIES).data("typed", typed).data("error", error).data("idempotencyKey", key);
    }

    private static void putIfGiven(Map<String, Object> body, String name, String value) {
        if (value != null && !value.isBlank()) {
            body.put(name, value);
        }
    }

    private static Map<String, String> categories() {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("POWER_LINE_RELOCATION", "杆线迁移");
        labels.put("GRID_CONNECTION", "电力接入");
        labels.put("SITE_ACCESS", "施工进场");
        labels.put("CONSTRUCTION_PERMIT", "施工许可");
        labels.put("PLANNING_PERMIT", "规划许可");
        labels.put("ENVIRONMENTAL_REVIEW", "环评");
        labels.put("APPROVAL", "审批");
        labels.put("LAND", "用地");
        labels.put("UTILITIES", "水电气");
        labels.put("STAFFING", "用人用工");
        labels.put("FUNDING", "资金");
        labels.put("OTHER", "其他");
        return labels;
    }
}
