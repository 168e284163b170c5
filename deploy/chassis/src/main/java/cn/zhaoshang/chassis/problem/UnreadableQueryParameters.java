package cn.zhaoshang.chassis.problem;

import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemContext;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemPostProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.NotFoundException;
import org.jboss.resteasy.reactive.server.core.CurrentRequestManager;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;

import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * JAX-RS answers a query value it cannot convert to the parameter's type (`size=abc`, `status=NOPE`,
 * `asOf=2026-02-30`) with a bare 404 that names nothing. Such a request is a bad request: this turns that 404 into a
 * 400 naming the parameter and what its value should look like. A 404 with no conversion behind it (no such
 * path, no such object) stays a 404.
 */
@ApplicationScoped
public class UnreadableQueryParameters implements ProblemPostProcessor {

    /** Before the library's logger (101), so the log shows the status the client gets. */
    @Override
    public int priority() {
        return 200;
    }

    @Override
    public HttpProblem apply(HttpProblem problem, ProblemContext context) {
        if (problem.getStatusCode() != 404 || !(context.cause instanceof NotFoundException notFound) || notFound.getCause() == null) {
            return problem;
        }
        ResteasyReactiveRequestContext request = CurrentRequestManager.get();
        if (request == null || request.getResteasyReactiveResourceInfo() == null) {
            return problem;
        }
        return QueryParameters.firstUnreadable(request.getResteasyReactiveResourceInfo().getResourceMethod(),
                        request.getUriInfo().getQueryParameters())
                .map(bad -> {
                    String message = "is not " + bad.expected();
                    return HttpProblem.builder(problem)
                            .withStatus(400)
                            .withType(URI.create("https://zhaoshang.cn/problems/invalid-parameter"))
                            .withTitle("Bad Request")
                            .withDetail(bad.name() + ": " + message)
                            .with("violations", List.of(Map.of("field", bad.name(), "in", "query", "message", message)))
                            .build();
                })
                .orElse(problem);
    }
}
