package cn.zhaoshang.chassis.problem;

import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.net.URI;

/**
 * JAX-RS makes a created resource's {@code Location} absolute with the scheme and host the client sent in
 * {@code Host}, so a forged header (`Host: evil.example`) would come back as a link to another site. Every
 * {@code Location} this service sends is its own path, relative to wherever the client reached it (RFC 9110 §10.2.2).
 */
public class RelativeLocation {

    @ServerResponseFilter
    public void relative(ContainerResponseContext response) {
        Object location = response.getHeaders().getFirst(HttpHeaders.LOCATION);
        if (location == null) {
            return;
        }
        URI uri = location instanceof URI u ? u : URI.create(location.toString());
        if (uri.isAbsolute()) {
            String relative = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
                    + (uri.getRawFragment() == null ? "" : "#" + uri.getRawFragment());
            response.getHeaders().putSingle(HttpHeaders.LOCATION, relative);
        }
    }
}
