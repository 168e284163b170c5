package cn.zhaoshang.console.web;

import cn.zhaoshang.console.api.ApiProblem;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.inject.Inject;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** A page that says in plain words what went wrong and what to do, instead of a stack trace or a raw status. */
public class ErrorPages {

    private static final Logger LOG = Logger.getLogger(ErrorPages.class);

    @Inject
    @Location("error.html")
    Template error;

    @ServerExceptionMapper
    public Response problem(ApiProblem problem) {
        if (problem.status() == 0 || problem.status() >= 500) {
            LOG.warn(problem.getMessage());
        }
        int status = problem.status() == 0 || problem.status() >= 500 ? 502 : problem.status();
        return page(status, problem.sentence());
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException refused) {
        String message = refused.getMessage() != null && refused.getMessage().chars().anyMatch(c -> c > 0x2E80)
                ? refused.getMessage() : "您没有权限查看这个页面。";
        return page(403, message);
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException missing) {
        return page(404, "没有这个页面。请从导航栏进入。");
    }

    private Response page(int status, String message) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(error.data("message", message).data("status", status).render()).build();
    }
}
