package cn.zhaoshang.assist.problem;

import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.net.URI;
import java.util.List;
import java.util.Map;

/** Turns the service's own exceptions into problem+json; the library maps everything else. */
public class ProblemMappers {

    private static final String TYPE_BASE = "https://zhaoshang.cn/problems/";

    @ServerExceptionMapper
    public Response notFound(ResourceNotFound e, UriInfo uri) {
        return problem(404, "not-found", "Not Found", e.getMessage(), uri).build().toResponse();
    }

    @ServerExceptionMapper
    public Response conflict(Conflict e, UriInfo uri) {
        HttpProblem.Builder builder = problem(409, "conflict", "Conflict", e.getMessage(), uri);
        e.details().forEach(builder::with);
        return builder.build().toResponse();
    }

    @ServerExceptionMapper
    public Response invalid(InvalidInput e, UriInfo uri) {
        return problem(400, "invalid-input", "Bad Request", e.field() + ": " + e.getMessage(), uri)
                .with("violations", List.of(Map.of("field", e.field(), "in", "body", "message", e.getMessage())))
                .build().toResponse();
    }

    @ServerExceptionMapper
    public Response unprocessable(Unprocessable e, UriInfo uri) {
        return problem(422, "unprocessable", "Unprocessable Content", e.getMessage(), uri).build().toResponse();
    }

    @ServerExceptionMapper
    public Response unavailable(ServiceUnavailable e, UriInfo uri) {
        return problem(503, "unavailable", "Service Unavailable", e.getMessage(), uri).build().toResponse();
    }

    private static HttpProblem.Builder problem(int status, String type, String title, String detail, UriInfo uri) {
        return HttpProblem.builder()
                .withType(URI.create(TYPE_BASE + type))
                .withStatus(status)
                .withTitle(title)
                .withDetail(detail)
                .withInstance(URI.create(uri.getRequestUri().getRawPath()));
    }
}
