package cn.zhaoshang.console.admin;

import cn.zhaoshang.console.api.ApiProblem;
import cn.zhaoshang.console.api.Apis;
import cn.zhaoshang.console.api.Service;
import cn.zhaoshang.console.session.Viewer;
import cn.zhaoshang.console.web.Pages;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/** 系统管理: SLA policies, calendar years, webhooks and their delivery log, and the three services' audit trail. */
@Path("/admin")
@Produces(MediaType.TEXT_HTML)
public class AdminPages {

    @Inject
    Apis apis;
    @Inject
    Pages pages;
    @Inject
    Viewer viewer;
    @Inject
    @Location("admin.html")
    Template admin;

    @GET
    public TemplateInstance page(@QueryParam("notification") UUID notification) {
        requireAdmin();
        CompletableFuture<JsonNode> policies = apis.getAsync(Service.ASSIST, "/api/v1/sla-policies");
        CompletableFuture<JsonNode> years = apis.getAsync(Service.ASSIST, "/api/v1/calendar/years");
        CompletableFuture<JsonNode> webhooks = apis.getAsync(Service.NOTIFY, "/api/v1/webhooks");
        CompletableFuture<JsonNode> deliveries = notification == null ? CompletableFuture.completedFuture(null)
                : apis.getAsync(Service.NOTIFY, "/api/v1/deliveries?notificationId=" + notification);
        Map<Service, CompletableFuture<JsonNode>> audits = new LinkedHashMap<>();
        for (Service service : Service.values()) {
            audits.put(service, apis.getAsync(service, "/api/v1/audit?size=15"));
        }
        List<AuditLine> audit = new ArrayList<>();
        audits.forEach((service, call) -> Apis.join(call).path("items")
                .forEach(entry -> audit.add(new AuditLine(service.label(), entry))));
        audit.sort(Comparator.comparing((AuditLine line) -> line.entry().path("at").asText()).reversed());
        return pages.page(admin).data("policies", Apis.join(policies)).data("years", Apis.join(years))
                .data("webhooks", Apis.join(webhooks)).data("deliveries", Apis.join(deliveries))
                .data("notification", notification).data("audit", audit);
    }

    /** Changes one category's limits; tickets submitted afterwards use them. */
    @POST
    @Path("sla/{category}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response setPolicy(@PathParam("category") String category, MultivaluedMap<String, String> posted) {
        requireAdmin();
        MultivaluedMap<String, String> form = pages.checked(posted);
        if (!category.matches("[A-Z_]{1,40}")) {
            throw new jakarta.ws.rs.NotFoundException();
        }
        Map<String, Object> policy = new LinkedHashMap<>();
        policy.put("priority", form.getFirst("priority"));
        policy.put("responseAmount", number(form.getFirst("responseAmount")));
        policy.put("responseUnit", form.getFirst("responseUnit"));
        policy.put("resolutionAmount", number(form.getFirst("resolutionAmount")));
        policy.put("resolutionUnit", form.getFirst("resolutionUnit"));
        try {
            apis.put(Service.ASSIST, "/api/v1/sla-policies/" + category, policy);
            return pages.done("时限已更新，此后提交的诉求按新时限计算。", "/admin");
        } catch (ApiProblem refused) {
            return pages.done(refused.sentence(), "/admin");
        }
    }

    /**
     * Loads (or corrects) a year's official arrangement from the State Council's notice; open tickets whose deadlines
     * it changes move, and the admin is told how many.
     */
    @POST
    @Path("calendar")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response loadCalendar(MultivaluedMap<String, String> posted) {
        requireAdmin();
        MultivaluedMap<String, String> form = pages.checked(posted);
        String year = form.getFirst("year");
        if (year == null || !year.matches("20\\d{2}")) {
            return pages.done("请填写要载入的年份，如 2027。", "/admin#cal-h");
        }
        CalendarForm.Read read = CalendarForm.read(form.getFirst("title"), form.getFirst("holidays"), form.getFirst("workdays"));
        if (read.problem() != null) {
            return pages.done(read.problem(), "/admin#cal-h");
        }
        try {
            JsonNode loaded = apis.put(Service.ASSIST, "/api/v1/calendar/years/" + year, read.body());
            return pages.done("已载入" + year + "年节假日安排，" + loaded.path("ticketsMoved").asInt() + "件未办结诉求的时限随之调整。",
                    "/admin#cal-h");
        } catch (ApiProblem refused) {
            return pages.done(refused.sentence(), "/admin#cal-h");
        }
    }

    /** One audit entry and the service that wrote it. */
    public record AuditLine(String service, JsonNode entry) {
    }

    private void requireAdmin() {
        if (!viewer.isAdmin()) {
            throw new ForbiddenException("系统管理只对管理员开放。");
        }
    }

    private static Object number(String value) {
        return value != null && value.matches("\\d{1,6}") ? Integer.valueOf(value) : value;
    }
}
