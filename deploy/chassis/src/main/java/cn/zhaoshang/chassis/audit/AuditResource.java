package cn.zhaoshang.chassis.audit;

import cn.zhaoshang.chassis.problem.InvalidInput;
import cn.zhaoshang.chassis.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.time.format.DateTimeParseException;

/** Read-only on purpose: the audit trail has no method that changes it, here or anywhere. */
@Path("/api/v1/audit")
@RolesAllowed(Roles.ADMIN)
@Tag(name = "Audit trail", description = "Every state-changing call of this service, allowed or refused, append-only (admins)")
@SecurityRequirement(name = "jwt")
public class AuditResource {

    private final AuditTrail trail;

    public AuditResource(AuditTrail trail) {
        this.trail = trail;
    }

    @GET
    @Operation(operationId = "readAuditTrail", summary = "Every state-changing call to this service, allowed or refused, newest first: who (subject,"
            + " roles, enterprise, district), what (method, path, status), when, and from where (address, X-Forwarded-For,"
            + " user agent, request id)")
    public AuditPage read(@Parameter(description = "only this subject") @QueryParam("actor") @Size(max = 256) String actor,
                          @Parameter(description = "from this instant (UTC, ISO-8601), default the beginning")
                          @QueryParam("from") String from,
                          @Parameter(description = "before this instant, default now and later")
                          @QueryParam("to") String to,
                          @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100000) int page,
                          @Parameter(description = "at most " + AuditTrail.MAX_PAGE_SIZE + " per page")
                          @QueryParam("size") @DefaultValue("50") @Min(1) int size) {
        Instant first = instant("from", from, Instant.EPOCH);
        Instant last = instant("to", to, Instant.parse("9999-12-31T00:00:00Z"));
        if (!first.isBefore(last)) {
            throw new InvalidInput("from", "must be before 'to'");
        }
        return trail.read(actor, first, last, page, size);
    }

    private static Instant instant(String name, String value, Instant fallback) {
        if (value == null) {
            return fallback;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidInput(name, "is not an instant such as 2026-01-31T08:00:00Z");
        }
    }
}
