package cn.zhaoshang.console.queue;

import cn.zhaoshang.console.api.Apis;
import cn.zhaoshang.console.api.Service;
import cn.zhaoshang.console.web.Pages;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** 专班工作台: the team's queue by lane; the lanes alone are served again when a notification arrives. */
@Path("/queue")
@Produces(MediaType.TEXT_HTML)
public class QueuePages {

    @Inject
    Apis apis;
    @Inject
    Pages pages;
    @Inject
    @Location("queue.html")
    Template queue;
    @Inject
    @Location("queue-lanes.html")
    Template lanes;

    @GET
    public TemplateInstance page() {
        return pages.page(queue).data("groups", groups());
    }

    /** The lanes without the page around them, for the live refresh. */
    @GET
    @Path("lanes")
    public TemplateInstance lanes() {
        return lanes.data("groups", groups());
    }

    private java.util.List<Queue.Group> groups() {
        JsonNode tickets = apis.get(Service.ASSIST, "/api/v1/tickets?size=100");
        return Queue.of(tickets.path("items"));
    }
}
