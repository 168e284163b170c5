package cn.zhaoshang.notify.preference;

import cn.zhaoshang.chassis.audit.AuditedChanges;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import cn.zhaoshang.chassis.http.Revalidated;
import cn.zhaoshang.chassis.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/preferences")
@RolesAllowed({Roles.ENTERPRISE, Roles.STAFF, Roles.SUPERVISOR, Roles.ADMIN})
@Tag(name = "Preferences", description = "Which kinds of notification reach a person, on which channels, and quiet hours")
@SecurityRequirement(name = "jwt")
@AuditedChanges
public class PreferenceResource {

    private final PreferenceService preferences;

    public PreferenceResource(PreferenceService preferences) {
        this.preferences = preferences;
    }

    @GET
    @Operation(operationId = "getPreferences", summary = "The caller's preferences (or the defaults), with every notification kind and its label")
    @Revalidated
    @Parameter(ref = "IfNoneMatch")
    public PreferenceView get() {
        return preferences.mine();
    }

    @PUT
    @Operation(operationId = "setPreferences", summary = "Set e-mail address, channels per kind, quiet hours (Asia/Shanghai) and digest mode")
    public PreferenceView put(@NotNull @Valid PreferenceRequest request) {
        return preferences.save(request);
    }
}
