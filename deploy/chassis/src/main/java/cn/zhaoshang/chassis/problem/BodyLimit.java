package cn.zhaoshang.chassis.problem;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.List;

/**
 * Answers a request whose declared Content-Length is over its limit with a 413 problem+json before anything reads
 * the body (the HTTP layer's own 413 has no body). Uploads may be larger than other requests ({@link BodyLimits});
 * where they are, a body of unknown length outside the upload paths is refused (411), because only the HTTP layer's
 * larger limit would cut it off. Otherwise a chunked body over the limit is cut off by the HTTP layer.
 */
@Singleton
public class BodyLimit {

    void install(@Observes Filters filters, BodyLimits limits,
                 @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize httpLimit) {
        long requestLimit = Math.min(limits.requests().asLongValue(), httpLimit.asLongValue());
        long uploadLimit = httpLimit.asLongValue();
        List<String> uploadPaths = limits.uploadPaths().orElse(List.of());
        filters.register(context -> {
            String path = context.request().path();
            boolean upload = uploadPaths.stream().anyMatch(path::startsWith);
            long limit = upload ? uploadLimit : requestLimit;
            String declared = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (declared != null && declared.matches("\\d{1,18}") && Long.parseLong(declared) > limit) {
                refuse(context, 413, "too-large", "Content Too Large", "The body is over the limit of " + limit + " bytes");
                return;
            }
            if (declared == null && !upload && requestLimit < uploadLimit
                    && context.request().getHeader(HttpHeaders.TRANSFER_ENCODING) != null) {
                refuse(context, 411, "length-required", "Length Required",
                        "Send the body with a Content-Length (at most " + limit + " bytes)");
                return;
            }
            context.next();
        }, 1000);
    }

    private static void refuse(RoutingContext context, int status, String type, String title, String detail) {
        String path = context.request().path().replace("\\", "\\\\").replace("\"", "\\\"");
        context.response().setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, "application/problem+json")
                .putHeader(HttpHeaders.CONNECTION, "close")
                .end("{\"type\":\"https://zhaoshang.cn/problems/" + type + "\",\"status\":" + status + ",\"title\":\""
                        + title + "\",\"detail\":\"" + detail + "\",\"instance\":\"" + path + "\"}");
    }
}
