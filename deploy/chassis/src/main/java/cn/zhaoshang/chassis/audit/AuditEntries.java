package cn.zhaoshang.chassis.audit;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.container.ContainerRequestContext;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

import java.time.Clock;
import java.util.TreeSet;

/** Describes an API call as an audit entry and writes it: with the change it records, or alone for a refused call. */
@ApplicationScoped
public class AuditEntries {

    /** Request property: the entry already written with the call's change. */
    static final String WRITTEN = AuditEntries.class.getName() + ".written";
    private static final int MAX_TEXT = 512;
    private static final Logger LOG = Logger.getLogger(AuditEntries.class);

    private final AuditTrail trail;
    private final CurrentIdentityAssociation identities;
    private final Clock clock;
    private final AuditRetention retention;

    public AuditEntries(AuditTrail trail, CurrentIdentityAssociation identities, Clock clock, AuditRetention retention) {
        this.trail = trail;
        this.identities = identities;
        this.clock = clock;
        this.retention = retention;
    }

    AuditEntry describe(ContainerRequestContext request, int status, HttpServerRequest http) {
        AuditEntry entry = new AuditEntry();
        entry.at = clock.instant();
        entry.method = request.getMethod();
        entry.path = cut(request.getUriInfo().getPath());
        entry.status = status;
        entry.remoteAddress = http == null || http.remoteAddress() == null ? null : http.remoteAddress().hostAddress();
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

    /** In the caller's transaction: the entry commits or rolls back with the change. */
    @Transactional(Transactional.TxType.MANDATORY)
    void appendInCurrentTransaction(AuditEntry entry) {
        // a missing month would fail the insert and with it the change, so the partition is made sure of first
        retention.ensurePartitionFor(entry.at);
        entry.persist();
    }

    /** In a transaction of its own; if the database fails just now the entry goes to the log, and the answer still goes out. */
    AuditEntry appendAlone(AuditEntry entry) {
        try {
            retention.ensurePartitionFor(entry.at);
            trail.append(entry);
        } catch (RuntimeException failure) {
            LOG.errorf("audit entry not stored (%s): %s %s %s by %s from %s, request %s", failure.getMessage(), entry.method,
                    entry.path, entry.status, entry.actor, entry.remoteAddress, entry.requestId);
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
