package cn.zhaoshang.chassis.idempotency;

import cn.zhaoshang.chassis.problem.Conflict;
import cn.zhaoshang.chassis.problem.InvalidInput;
import cn.zhaoshang.chassis.problem.Unprocessable;
import cn.zhaoshang.chassis.security.Sha256;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.BlockingOperationControl;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * {@code Idempotency-Key} on the calls marked {@link Idempotent} (IETF httpapi draft): the first request with a key
 * is handled and its answer kept; a retry with the same key and body gets that answer again (marked
 * {@code Idempotent-Replayed: true}) and changes nothing; the same key with another body is a 422; a retry while the
 * first is still being handled waits for its answer. A 5xx is not kept, so a retry after one may succeed. Keys are
 * per caller: another caller's key of the same text is a different key.
 */
public class IdempotencyFilter {

    static final String HEADER = "Idempotency-Key";
    static final String REPLAYED = "Idempotent-Replayed";
    private static final String CLAIMED = IdempotencyFilter.class.getName() + ".claimed";
    private static final int MAX_KEY_LENGTH = 255;

    @Inject
    IdempotencyKeys keys;
    @Inject
    SecurityIdentity identity;
    @Inject
    ObjectMapper json;

    @ServerRequestFilter
    public Response claim(ContainerRequestContext request, ResourceInfo resource) {
        String key = request.getHeaderString(HEADER);
        if (key == null || resource.getResourceMethod() == null || !resource.getResourceMethod().isAnnotationPresent(Idempotent.class)
                || identity.isAnonymous()) {
            return null;
        }
        if (key.isEmpty() || key.length() > MAX_KEY_LENGTH || !key.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw new InvalidInput(HEADER, "1 to " + MAX_KEY_LENGTH + " visible ASCII characters, e.g. a UUID");
        }
        requireBlocking();
        String owner = identity.getPrincipal().getName();
        IdempotencyKeys.Claim claim = keys.claim(owner, key, hash(request));
        if (claim instanceof IdempotencyKeys.Claim.Answered answered) {
            return answered.answer().replay();
        }
        if (claim instanceof IdempotencyKeys.Claim.OtherRequest) {
            throw new Unprocessable("this " + HEADER + " was used for a different request; use a new key for a new request");
        }
        if (claim instanceof IdempotencyKeys.Claim.InProgress) {
            throw new Conflict("the first request with this " + HEADER + " has not been answered yet; retry later with the"
                    + " same key", Map.of(HEADER, key));
        }
        request.setProperty(CLAIMED, new String[] {owner, key});
        return null;
    }

    @ServerResponseFilter
    public void keep(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(request.getProperty(CLAIMED) instanceof String[] claimed)) {
            return;
        }
        requireBlocking();
        if (response.getStatus() >= 500) {
            keys.release(claimed[0], claimed[1]);
            return;
        }
        // the media type is often chosen after the filters; an object is written as JSON
        String type = response.getMediaType() != null ? response.getMediaType().toString()
                : response.getEntity() instanceof String ? "text/plain;charset=UTF-8" : "application/json";
        keys.complete(claimed[0], claimed[1], new StoredAnswer(response.getStatus(), type,
                header(response, "Location"), header(response, "ETag"), body(response.getEntity())));
    }

    private String body(Object entity) {
        if (entity == null) {
            return null;
        }
        if (entity instanceof String text) {
            return text;
        }
        try {
            return json.writeValueAsString(entity);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an answer to keep for its retries could not be written as JSON", e);
        }
    }

    private static String header(ContainerResponseContext response, String name) {
        Object value = response.getHeaders().getFirst(name);
        return value == null ? null : value.toString();
    }

    /** The method, the path and the body: a retry must send the same. */
    private static String hash(ContainerRequestContext request) {
        try {
            byte[] body = request.hasEntity() ? request.getEntityStream().readAllBytes() : new byte[0];
            request.setEntityStream(new ByteArrayInputStream(body));
            return Sha256.hex((request.getMethod() + " " + request.getUriInfo().getRequestUri().getRawPath() + "\n")
                    .getBytes(StandardCharsets.UTF_8), body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void requireBlocking() {
        if (!BlockingOperationControl.isBlockingAllowed()) {
            throw new IllegalStateException("Idempotency-Key needs a blocking endpoint (it reads and writes the database)");
        }
    }
}
