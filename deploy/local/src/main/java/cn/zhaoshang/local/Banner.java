package cn.zhaoshang.local;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** What the newcomer reads once the stack is up: where to go and how to get a token. */
final class Banner {

    private Banner() {
    }

    /** @param keycloakIssuer the realm the services trust with --keycloak; null: the dev token issuer */
    static String text(StackOptions options, String issuerUrl, String keycloakIssuer, ServiceProcess console,
                       List<ServiceProcess> services, Path logs, Duration took) {
        StringBuilder out = new StringBuilder("\n==== 招商 investment projects & 帮办 assist desk: local stack READY in ")
                .append(took.toSeconds()).append(" s ====\n\n");
        if (console != null) {
            out.append("  Open the console:  http://localhost:").append(console.port()).append("/   (password \"demo\" for every demo user)\n")
                    .append("    tongling   通灵集团, the enterprise: its projects, submit and follow a 诉求 (try a phone-sized window)\n")
                    .append("    zhang.wei  张伟 of the 专班: the team's queue, accept and resolve\n")
                    .append("    wang.jun   王军, etdz supervisor: targets against 序时进度, projects at risk, the daily brief\n")
                    .append("    admin      SLA policies, calendar years, webhooks and deliveries, the audit trail\n\n");
        }
        for (ServiceProcess s : services) {
            out.append(String.format("  %-16s http://localhost:%d/q/swagger-ui   health: http://localhost:%d/q/health/ready"
                            + "   details, metrics: http://localhost:%d/q/health, /q/metrics%n",
                    s.name(), s.port(), s.port(), LocalStack.managementPort(s.port())));
        }
        if (keycloakIssuer == null) {
            out.append("\n  Get a token (roles: admin, staff, supervisor, enterprise; optional \"district\" (\"*\": city-wide supervisor), \"enterprise\"):\n")
                    .append("    TOKEN=$(curl -s -X POST ").append(issuerUrl).append("/token -H 'Content-Type: application/json' \\\n")
                    .append("      -d '{\"sub\":\"admin\",\"roles\":[\"admin\"]}' | sed 's/.*\"access_token\":\"\\([^\"]*\\)\".*/\\1/')\n");
        } else {
            out.append("\n  Keycloak: ").append(keycloakIssuer).append("  (admin console: http://localhost:").append(options.port(8180))
                    .append("/admin, admin/admin)\n")
                    .append("  Log in from Swagger UI: Authorize → oidc (authorization code + PKCE, client zhaoshang-web) as a demo user,\n")
                    .append("  password \"demo\". A token for curl (the local realm's test client only):\n")
                    .append("    TOKEN=$(curl -s ").append(keycloakIssuer).append("/protocol/openid-connect/token \\\n")
                    .append("      -d grant_type=password -d client_id=zhaoshang-test -d username=zhang.wei -d password=demo \\\n")
                    .append("      | sed 's/.*\"access_token\":\"\\([^\"]*\\)\".*/\\1/')\n");
        }
        out.append("    curl -s -H \"Authorization: Bearer $TOKEN\" http://localhost:").append(options.port(8081))
                .append("/api/v1/projects\n\n")
                .append("  E-mail the services sent (SMTP on localhost:").append(options.port(2525)).append("): http://localhost:")
                .append(options.port(8025)).append("/\n\n")
                .append("  Demo users: ").append(DemoData.USERS).append("\n\n")
                .append("  Logs: ").append(logs).append("\n")
                .append("  Data: ").append(options.dataDir()).append("  (kept between runs; --fresh wipes it)\n")
                .append("  Ctrl-C stops everything.\n");
        return out.toString();
    }
}
