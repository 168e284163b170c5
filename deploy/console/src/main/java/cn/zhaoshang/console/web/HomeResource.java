package cn.zhaoshang.console.web;

import cn.zhaoshang.console.session.Viewer;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URI;

/** The start page of each kind of user, and the page after logout. */
@Path("/")
public class HomeResource {

    @Inject
    Viewer viewer;
    @Inject
    @Location("signed-out.html")
    Template signedOut;

    @GET
    public Response home() {
        String start;
        if (viewer.isEnterprise()) {
            start = "/projects";
        } else if (viewer.isStaff()) {
            start = "/queue";
        } else if (viewer.isSupervisor()) {
            start = "/board";
        } else if (viewer.isAdmin()) {
            start = "/admin";
        } else {
            start = "/inbox";
        }
        return Response.seeOther(URI.create(start)).build();
    }

    /** Public: the identity provider sends the browser here after logout. */
    @GET
    @Path("signed-out")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance signedOut() {
        return signedOut.instance();
    }
}
