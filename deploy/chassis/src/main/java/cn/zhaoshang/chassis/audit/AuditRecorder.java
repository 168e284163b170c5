package cn.zhaoshang.chassis.audit;

import io.quarkus.runtime.BlockingOperationControl;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.time.Duration;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Writes an audit entry for every state-changing API call (POST, PUT, PATCH, DELETE under /api), allowed
 * or refused, before the answer leaves: the caller does not get a response for a change that is not audited.
 * A change made through an {@link AuditedChanges} resource has its entry already, written in the change's own
 * transaction; every other call (refused, failed, or on a resource without it) is written here, alone.
 * Calls refused for want of a valid token (401, no identity) are the exception: per client address one a minute
 * is written, counting the others in {@code repeats}, so a flood of them cannot grow the trail without bound.
 */
public class AuditRecorder {

    private static final Set<String> STATE_CHANGING = Set.of("POST", "PUT", "PATCH", "DELETE");

    @Inject
    AuditEntries entries;

    /** Anonymous calls answered 401: one entry per address and minute, with the count of the rest. */
    private final AnonymousRefusals anonymousRefusals = new AnonymousRefusals(Duration.ofMinutes(1), 100_000);

    @ServerResponseFilter
    public Uni<Void> record(ContainerRequestContext request, ContainerResponseContext response, HttpServerRequest http) {
        String path = request.getUriInfo().getPath();
        if (!STATE_CHANGING.contains(request.getMethod()) || !path.startsWith("/api/")
                || request.getProperty(AuditEntries.WRITTEN) != null) {
            return Uni.createFrom().voidItem();
        }
        AuditEntry entry = entries.describe(request, response.getStatus(), http);
        if (entry.status == 401 && "anonymous".equals(entry.actor)) {
            OptionalInt repeats = anonymousRefusals.admit(entry.remoteAddress, entry.at);
            if (repeats.isEmpty()) {
                return Uni.createFrom().voidItem();
            }
            entry.repeats = repeats.getAsInt();
        }
        // The write blocks on JDBC: done here on a worker thread (the usual case, the resource ran on one), else
        // handed to one; the response waits for it either way.
        if (BlockingOperationControl.isBlockingAllowed()) {
            entries.appendAlone(entry);
            return Uni.createFrom().voidItem();
        }
        return Uni.createFrom().item(() -> entries.appendAlone(entry))
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool()).replaceWithVoid();
    }
}
