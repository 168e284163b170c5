package cn.zhaoshang.assist;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

@OpenAPIDefinition(info = @Info(title = "assist-service", version = "1", license = @License(name = "Proprietary: for the investment-promotion offices that run it", identifier = "LicenseRef-Proprietary"),
        description = "帮办 assist tickets: submission, first-receiver ownership (首问负责制), time limits (限时办结) "
                + "on the official working calendar, escalation and statistics."))
@SecurityScheme(securitySchemeName = "jwt", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
public class ApiDocumentation extends Application {
}
