package cn.zhaoshang.chassis.audit;

import io.quarkus.runtime.BlockingOperationControl;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.time.Clock;
import java.time.Duration;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;

/**
 * Writes an audit entry for every state-changing API call (POST, PUT, PATCH, DELETE under /api), allowed
 * or refused, before the answer leaves: the caller does not get a response for a change that is not audited.
 * Calls refused for want of a valid token (401, no identity) are the exception: per client address one a minute
 * is written, counting the others in {@code repeats}, so a flood of them cannot grow the trail without bound.
 */
public class AuditRecorder {

    private static final Set<String> STATE_CHANGING = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final int MAX_TEXT = 512;
    private static final Logger LOG = Logger.getLogger(AuditRecorder.class);

    @Inject
    AuditTrail trail;
    @Inject
    CurrentIdentityAssociation identities;
    @Inject
    Clock clock;
    @Inject
    AuditRetention retention;

    /** Anonymous calls answered 401: one entry per address and minute, with the count of the rest. */
    private final AnonymousRefusals anonymousRefusals = new AnonymousRefusals(Duration.ofMinutes(1), 100_000);

    @ServerResponseFilter
    public Uni<Void> record(ContainerRequestContext request, ContainerResponseContext response, HttpServerRequest http) {
        String path = request.getUriInfo().getPath();
        if (!STATE_CHANGING.contains(request.getMethod()) || !path.startsWith("/api/")) {
            return Uni.createFrom().voidItem();
        }
        AuditEntry entry = describe(request, response.getStatus(), http, path);
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
            append(entry);
            return Uni.createFrom().voidItem();
        }
        return Uni.createFrom().item(() -> append(entry))
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool()).replaceWithVoid();
    }

    /** If the database fails just now the entry goes to the log: the answer (perhaps of a committed change) still goes out. */
    private AuditEntry append(AuditEntry entry) {
        try {
            try {
                trail.append(entry);
            } catch (RuntimeException failure) {
                if (!noPartitionFor(failure)) {
                    throw failure;
                }
                // the month's partition is not there (the maintenance that adds months ahead has not run, or the
                // clock is past them): add it and write the entry, rather than lose it
                retention.ensureMonthsAhead(entry.at);
                trail.append(entry);
            }
        } catch (RuntimeException | java.sql.SQLException failure) {
            LOG.errorf("audit entry not stored (%s): %s %s %s by %s from %s, request %s", failure.getMessage(), entry.method,
                    entry.path, entry.status, entry.actor, entry.remoteAddress, entry.requestId);
        }
        return entry;
    }

    private static boolean noPartitionFor(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause.getMessage() != null && cause.getMessage().contains("no partition of relation")) {
                return true;
            }
        }
        return false;
    }

    private AuditEntry describe(ContainerRequestContext request, int status, HttpServerRequest http, String path) {
        AuditEntry entry = new AuditEntry();
        entry.at = clock.instant();
        entry.method = request.getMethod();
        entry.path = cut(path);
        entry.status = status;
        entry.remoteAddress = http.remoteAddress() == null ? null : http.remoteAddress().hostAddress();
        entry.forwardedFor = cut(request.getHeaderString("X-Forwarded-For"));
        entry.userAgent = cut(request.getHeaderString("User-Agent"));
        Object requestId = MDC.get("requestId");
        entry.requestId = requestId == null ? null : requestId.toString();
        SecurityIdentity identity = identity();
        if (identity == null || identity.isAnonymous()) {
            entry.actor = "anonymous";
            entry.roles = "";
        } else {
            entry.actor = cut(identity.getPrincipal().getName());
            entry.roles = cut(String.join(",", new TreeSet<>(identity.getRoles())));
            if (identity.getPrincipal() instanceof JsonWebToken token) {
                entry.enterprise = claim(token, "enterprise");
                entry.district = claim(token, "district");
            }
        }
        return entry;
    }

    /** A call refused for a bad token has no identity; asking for it again would only fail again. */
    private SecurityIdentity identity() {
        try {
            return identities.getIdentity();
        } catch (RuntimeException authenticationFailed) {
            return null;
        }
    }

    private static String claim(JsonWebToken token, String name) {
        Object value = token.getClaim(name);
        return value == null ? null : cut(value.toString().replace("\"", ""));
    }

    private static String cut(String text) {
        return text == null || text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT);
    }
}
