package cn.zhaoshang.console.session;

import cn.zhaoshang.console.ConsoleConfig;
import io.quarkus.oidc.IdToken;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ForbiddenException;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Who is using the console in this request, as the identity provider says, and the session they use. */
@RequestScoped
public class Viewer {

    @Inject
    @IdToken
    JsonWebToken idToken;
    @Inject
    SecurityIdentity identity;
    @Inject
    HttpServerRequest request;
    @Inject
    ServerSideSessions sessions;
    @Inject
    ConsoleConfig config;

    private FormTokens formTokens;

    public String name() {
        String name = idToken.getClaim("name");
        return name == null || name.isBlank() ? idToken.getName() : name;
    }

    public String username() {
        return identity.getPrincipal().getName();
    }

    public boolean isEnterprise() {
        return identity.hasRole("enterprise");
    }

    public boolean isStaff() {
        return identity.hasRole("staff");
    }

    public boolean isSupervisor() {
        return identity.hasRole("supervisor");
    }

    public boolean isAdmin() {
        return identity.hasRole("admin");
    }

    /** Staff, supervisors and admins: they see internal notes and act on tickets. */
    public boolean isOfficial() {
        return isStaff() || isSupervisor() || isAdmin();
    }

    /** The supervisor's or staff member's district; "*" city-wide; null for enterprises and admins. */
    public String district() {
        Object district = idToken.getClaim("district");
        return district == null ? null : district.toString();
    }

    /** What the person is, in the words of the header. */
    public String roleLabel() {
        if (isAdmin()) {
            return "系统管理员";
        }
        if (isSupervisor()) {
            return "督查";
        }
        if (isStaff()) {
            return "专班";
        }
        return "企业";
    }

    public String sessionId() {
        Cookie cookie = request.getCookie(ServerSideSessions.COOKIE);
        return cookie == null ? null : cookie.getValue();
    }

    /** The token this session's forms carry. */
    public String formToken() {
        return formTokens().tokenFor(sessionId());
    }

    /** Refuses a state-changing form whose token was not issued for this session (another site's forged form). */
    public void requireFormToken(String token) {
        if (!formTokens().matches(sessionId(), token)) {
            throw new ForbiddenException("表单已过期或来自其他网站，请刷新页面后重试。");
        }
    }

    public void flash(String message) {
        sessions.flash(sessionId(), message);
    }

    public String takeFlash() {
        return sessions.takeFlash(sessionId());
    }

    private FormTokens formTokens() {
        if (formTokens == null) {
            formTokens = new FormTokens(config.formSecret());
        }
        return formTokens;
    }
}
