package cn.zhaoshang.project;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

@OpenAPIDefinition(info = @Info(title = "project-service", version = "1", license = @License(name = "Proprietary: for the investment-promotion offices that run it", identifier = "LicenseRef-Proprietary"),
        description = "Enterprises, investment projects (招商项目), their lifecycle, service teams (专班), "
                + "monthly investment reports and district targets. Money in 万元 as decimal strings or numbers."))
@SecurityScheme(securitySchemeName = "jwt", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
public class ApiDocumentation extends Application {
}
