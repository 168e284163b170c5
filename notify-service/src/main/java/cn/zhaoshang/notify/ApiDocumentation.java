package cn.zhaoshang.notify;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

@OpenAPIDefinition(info = @Info(title = "notify-service", version = "1", license = @License(name = "Proprietary: for the investment-promotion offices that run it", identifier = "LicenseRef-Proprietary"),
        description = "Notifications: inboxes, live push (SSE), e-mail and signed webhooks, preferences with quiet hours, "
                + "daily brief (日通报) and supervision reminders."))
@SecurityScheme(securitySchemeName = "jwt", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
public class ApiDocumentation extends Application {
}
