package cn.zhaoshang.chassis.audit;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/** An audit entry on the wire: who (subject, roles, claims), what (method, path, answer), when, from where. */
public record AuditView(long id, Instant at, String actor, List<String> roles, String enterprise, String district,
                        String method, String path, int status, String remoteAddress, String forwardedFor,
                        String userAgent, String requestId,
                        @Schema(description = "refused anonymous calls from this address since its previous entry, not written one by one")
                        int repeats) {

    static AuditView of(AuditEntry entry) {
        return new AuditView(entry.id, entry.at, entry.actor,
                entry.roles.isEmpty() ? List.of() : List.of(entry.roles.split(",")), entry.enterprise, entry.district,
                entry.method, entry.path, entry.status, entry.remoteAddress, entry.forwardedFor, entry.userAgent,
                entry.requestId, entry.repeats);
    }
}
