package cn.zhaoshang.chassis.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import cn.zhaoshang.chassis.security.Sha256;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.util.Arrays;

/**
 * ETags and 304s for {@link Revalidated} GETs. An answer that has a version-based ETag (a project) keeps it; others get
 * a weak one from their JSON. {@code If-None-Match} matching it (weak comparison, or {@code *}) turns the answer into a
 * 304 with the ETag and no body. {@code Cache-Control: private, no-cache}: a browser or phone may keep the answer but
 * asks each time; shared caches keep nothing (answers depend on who asks).
 */
public class Revalidation {

    @Inject
    ObjectMapper json;

    @ServerResponseFilter
    public void revalidate(ContainerRequestContext request, ContainerResponseContext response, ResourceInfo resource) {
        if (!"GET".equals(request.getMethod()) || response.getStatus() != 200 || !response.hasEntity()
                || resource.getResourceMethod() == null || !resource.getResourceMethod().isAnnotationPresent(Revalidated.class)) {
            return;
        }
        Object given = response.getHeaders().getFirst("ETag");
        String etag = given != null ? given.toString() : weakTag(response.getEntity());
        response.getHeaders().putSingle("ETag", etag);
        response.getHeaders().putSingle("Cache-Control", "private, no-cache");
        if (matches(request.getHeaderString("If-None-Match"), etag)) {
            response.setStatus(304);
            response.setEntity(null);
        }
    }

    /** RFC 9110 13.1.2: any listed tag equal to ours after dropping the weak prefix, or *. */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        String ours = opaque(etag);
        return Arrays.stream(ifNoneMatch.split(",")).map(String::strip)
                .anyMatch(tag -> tag.equals("*") || opaque(tag).equals(ours));
    }

    private static String opaque(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }

    private String weakTag(Object entity) {
        try {
            // the first 16 bytes of the digest are tag enough
            return "W/\"" + Sha256.hex(json.writeValueAsBytes(entity)).substring(0, 32) + "\"";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an answer's ETag could not be computed", e);
        }
    }
}
