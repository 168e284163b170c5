package cn.zhaoshang.chassis.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

import java.util.Optional;

/**
 * Where an OpenID Connect provider issues the tokens ({@code chassis.login.issuer}, e.g. Keycloak's realm URL), the
 * served document also offers logging in there with the authorization-code flow and PKCE, so Swagger UI's Authorize
 * button signs a person in (client {@code quarkus.swagger-ui.oauth-client-id}). Applied when the service starts: the
 * provider differs per deployment; the document written at build time (for generated clients) keeps the bearer scheme.
 */
@OpenApiFilter(OpenApiFilter.RunStage.RUN)
public class LoginInSwaggerUi implements OASFilter {

    static final String SCHEME = "oidc";

    @Override
    public void filterOpenAPI(OpenAPI api) {
        Optional<String> issuer = ConfigProvider.getConfig().getOptionalValue("chassis.login.issuer", String.class)
                .filter(value -> !value.isBlank()).map(value -> value.replaceAll("/+$", ""));
        if (issuer.isEmpty() || api.getComponents() == null) {
            return;
        }
        api.getComponents().addSecurityScheme(SCHEME, OASFactory.createSecurityScheme().type(SecurityScheme.Type.OAUTH2)
                .description("Log in at the identity provider (authorization code with PKCE)")
                .flows(OASFactory.createOAuthFlows().authorizationCode(OASFactory.createOAuthFlow()
                        .authorizationUrl(issuer.get() + "/protocol/openid-connect/auth")
                        .tokenUrl(issuer.get() + "/protocol/openid-connect/token")
                        .refreshUrl(issuer.get() + "/protocol/openid-connect/token")
                        .addScope("openid", "sign in"))));
        if (api.getPaths() == null) {
            return;
        }
        api.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(operation -> {
            if (operation.getSecurity() != null && !operation.getSecurity().isEmpty()) {
                operation.addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme(SCHEME, "openid"));
            }
        }));
    }
}
