package cn.zhaoshang.notify.delivery;

import cn.zhaoshang.chassis.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

@Path("/api/v1/deliveries")
@RolesAllowed({Roles.ENTERPRISE, Roles.STAFF, Roles.SUPERVISOR, Roles.ADMIN})
@Tag(name = "Deliveries", description = "How each notification went out per channel (inbox, e-mail, webhook), attempt by attempt")
@SecurityRequirement(name = "jwt")
public class DeliveryResource {

    private final DeliveryLog log;

    public DeliveryResource(DeliveryLog log) {
        this.log = log;
    }

    @GET
    @Operation(operationId = "listDeliveries", summary = "What was sent where for one notification: every attempt per channel with status, time and error."
            + " Admins and city-wide supervisors: any notification, everyone's deliveries; a district's supervisors: the"
            + " notifications about their district; others: their own deliveries of notifications in their inbox")
    public List<DeliveryView> deliveries(@QueryParam("notificationId") @NotNull UUID notificationId) {
        return log.of(notificationId);
    }
}
