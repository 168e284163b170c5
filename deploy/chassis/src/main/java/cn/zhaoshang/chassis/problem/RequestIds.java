package cn.zhaoshang.chassis.problem;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.util.UUID;

/**
 * Gives every request an id (the caller's X-Request-Id if it sent a sane one): it is in every log line of
 * the request, in the X-Request-Id response header and, through the problem library's MDC support, in
 * every problem body as {@code requestId}, so a 500 can be found in the logs without leaking anything.
 */
public class RequestIds {

    static final String HEADER = "X-Request-Id";
    static final String KEY = "requestId";

    @ServerRequestFilter(preMatching = true)
    public void tag(ContainerRequestContext request) {
        String given = request.getHeaderString(HEADER);
        MDC.put(KEY, given != null && given.matches("[A-Za-z0-9._-]{8,64}") ? given : UUID.randomUUID().toString());
    }

    @ServerResponseFilter
    public void echo(ContainerResponseContext response) {
        Object id = MDC.get(KEY);
        if (id != null) {
            response.getHeaders().putSingle(HEADER, id.toString());
        }
    }
}
