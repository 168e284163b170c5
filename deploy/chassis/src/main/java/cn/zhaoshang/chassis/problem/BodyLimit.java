package cn.zhaoshang.chassis.problem;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.configuration.MemorySize;

/**
 * Answers a request whose declared Content-Length is over the body limit with a 413 problem+json before
 * anything reads the body (the HTTP layer's own 413 has no body). A chunked body over the limit is still
 * cut off by the HTTP layer.
 */
@Singleton
public class BodyLimit {

    void install(@Observes Filters filters, @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize limit) {
        long maxBytes = limit.asLongValue();
        filters.register(context -> {
            String declared = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (declared != null && declared.matches("\\d{1,18}") && Long.parseLong(declared) > maxBytes) {
                String path = context.request().path().replace("\\", "\\\\").replace("\"", "\\\"");
                context.response().setStatusCode(413)
                        .putHeader(HttpHeaders.CONTENT_TYPE, "application/problem+json")
                        .putHeader(HttpHeaders.CONNECTION, "close")
                        .end("{\"type\":\"https://zhaoshang.cn/problems/too-large\",\"status\":413,"
                                + "\"title\":\"Content Too Large\",\"detail\":\"The body is over the limit of " + maxBytes
                                + " bytes\",\"instance\":\"" + path + "\"}");
                return;
            }
            context.next();
        }, 1000);
    }
}
