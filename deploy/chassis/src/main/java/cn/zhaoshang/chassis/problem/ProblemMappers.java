package cn.zhaoshang.chassis.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.JsonMappingException;
import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Turns the services' own exceptions into problem+json; the problem library maps everything else. */
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
    public Response version(VersionMismatch e, UriInfo uri) {
        return e.isMissing()
                ? problem(428, "precondition-required", "Precondition Required", e.getMessage(), uri).build().toResponse()
                : problem(412, "precondition-failed", "Precondition Failed", e.getMessage(), uri).build().toResponse();
    }

    @ServerExceptionMapper
    public Response unprocessable(Unprocessable e, UriInfo uri) {
        return problem(422, "unprocessable", "Unprocessable Content", e.getMessage(), uri).build().toResponse();
    }

    @ServerExceptionMapper
    public Response refused(Refused e, UriInfo uri) {
        return problem(e.status(), e.type(), e.title(), e.getMessage(), uri).build().toResponse();
    }

    @ServerExceptionMapper
    public Response unavailable(ServiceUnavailable e, UriInfo uri) {
        return problem(503, "unavailable", "Service Unavailable", e.getMessage(), uri).build().toResponse();
    }

    /**
     * A body that is not JSON, or not JSON of the expected shape. The parser's own message names Java classes,
     * so it is replaced by the field path alone. Mappers are chosen by the closest exception type first, so
     * each type Jackson throws for bad input is named; where the library still answers (invalid formats,
     * unknown fields), {@link JsonDetailRedaction} rewords its answer the same way.
     */
    @ServerExceptionMapper(priority = Priorities.USER - 100, value = {JsonProcessingException.class, JsonParseException.class,
            StreamReadException.class, StreamConstraintsException.class, JsonMappingException.class, MismatchedInputException.class,
            InvalidFormatException.class, UnrecognizedPropertyException.class, InvalidTypeIdException.class,
            InvalidNullException.class, ValueInstantiationException.class})
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        String field = e instanceof JsonMappingException mapping ? mapping.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[") : "";
        String detail = JsonDetailRedaction.detail(field);
        return problem(400, "invalid-json", "Bad Request", detail, uri)
                .with("violations", List.of(Map.of("field", field, "in", "body", "message", detail)))
                .build().toResponse();
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
