package cn.zhaoshang.local;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The stack with a real Keycloak ({@code deploy/run --keycloak}): the realm Compose uses, real tokens obtained through
 * OIDC for its demo users, and the services trusting them. The realm's mappers (groups, enterprise, district, audience,
 * name) are proven by the access each user gets, which is the access the dev issuer's tokens give the same person;
 * a refreshed token works and a logged-out session's refresh token is refused; Swagger UI offers the login.
 */
class KeycloakLoginIT {

    private static final int OFFSET = 16000;
    private static final String TONGLING = "91320800MA20TL004Y";

    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    Path data;

    @Test
    void realTokensFromTheRealmGiveEachDemoUserTheirAccess() throws Exception {
        try (RunningStack stack = RunningStack.start(data, OFFSET, Map.of(), "--keycloak")) {
            KeycloakLogin keycloak = new KeycloakLogin("http://localhost:" + (8180 + OFFSET) + "/realms/zhaoshang");
            String admin = keycloak.accessToken("admin");
            String tongling = keycloak.accessToken("tongling");
            String trina = keycloak.accessToken("trina");
            String zhangWei = keycloak.accessToken("zhang.wei");
            String wangJun = keycloak.accessToken("wang.jun");
            String zhaoLei = keycloak.accessToken("zhao.lei");

            // the claims the services read, as the dev issuer writes them for the same people
            JsonNode staff = claims(zhangWei);
            assertEquals("zhang.wei", staff.get("sub").asText());
            assertTrue(staff.get("aud").toString().contains("zhaoshang-api"), staff.toString());
            assertTrue(staff.get("groups").toString().contains("staff"), staff.toString());
            assertEquals("etdz", staff.get("district").asText());
            assertEquals("张伟", staff.get("name").asText(), "the realm gives the person's name, without a placeholder surname");
            assertEquals(TONGLING, claims(tongling).get("enterprise").asText());
            assertEquals("*", claims(zhaoLei).get("district").asText());

            // the demo data went in with Keycloak's admin token; every user sees what their role and scope allow
            JsonNode all = stack.get(8081, "/api/v1/projects?size=100", admin);
            int total = all.get("total").asInt();
            assertTrue(total >= 8, all.toString());
            JsonNode own = stack.get(8081, "/api/v1/projects?size=100", tongling);
            assertTrue(own.get("total").asInt() >= 1 && own.get("total").asInt() < total, "an enterprise sees its own projects");
            String tonglingProject = own.get("items").get(0).get("id").asText();
            assertEquals(404, stack.status(8081, "/api/v1/projects/" + tonglingProject, trina), "another enterprise's project");
            assertEquals(200, stack.status(8081, "/api/v1/stats/progress?year=2026", wangJun));
            assertEquals(403, stack.status(8081, "/api/v1/stats/progress?year=2026", tongling));
            assertEquals(200, stack.status(8082, "/api/v1/stats/tickets?groupBy=district", zhaoLei));
            assertEquals(403, stack.status(8082, "/api/v1/stats/tickets?groupBy=district", zhangWei));
            assertEquals(403, stack.call("PUT", 8081, "/api/v1/targets/2026/etdz", wangJun,
                    Map.of("targets", List.of(Map.of("metric", "SIGNED_AMOUNT", "value", "8000000"))), Map.of()).status());

            JsonNode ticket = stack.post(8082, "/api/v1/tickets", tongling, Map.of("projectId", tonglingProject,
                    "category", "POWER_LINE_RELOCATION", "title", "10千伏杆线阻挡施工", "description", "地块内线路需迁改"), 201);
            String ticketId = ticket.get("id").asText();
            assertEquals(404, stack.status(8082, "/api/v1/tickets/" + ticketId, trina));
            assertEquals(403, stack.call("POST", 8082, "/api/v1/tickets/" + ticketId + "/accept", tongling, null, Map.of()).status());
            RunningStack.Answer accepted = stack.call("POST", 8082, "/api/v1/tickets/" + ticketId + "/accept", zhangWei, null, Map.of());
            assertEquals(200, accepted.status(), accepted.body());
            assertEquals("zhang.wei", accepted.json().get("owner").asText());
            assertEquals(200, stack.status(8082, "/api/v1/tickets/" + ticketId, wangJun), "the district's supervisor reads it");
            List<JsonNode> told = Inboxes.await(stack, tongling, java.time.Duration.ofSeconds(30), inbox ->
                    inbox.stream().anyMatch(n -> n.get("kind").asText().equals("TICKET_ACCEPTED")));
            assertTrue(told.stream().anyMatch(n -> n.get("body").asText().contains("张伟")), "named by the realm's name claim");

            // refresh works; after logout the session's refresh token is refused
            JsonNode session = keycloak.login("li.na", KeycloakLogin.DEMO_PASSWORD);
            JsonNode refreshed = keycloak.refresh(session.get("refresh_token").asText());
            assertEquals(200, stack.status(8082, "/api/v1/tickets", refreshed.get("access_token").asText()));
            assertEquals(204, keycloak.logout(refreshed.get("refresh_token").asText()));
            var refused = keycloak.post("/protocol/openid-connect/token", Map.of("grant_type", "refresh_token",
                    "client_id", KeycloakLogin.TEST_CLIENT, "refresh_token", refreshed.get("refresh_token").asText()));
            assertEquals(400, refused.statusCode(), refused.body());
            assertTrue(refused.body().contains("invalid_grant"), refused.body());
            // the public web client has no password grant: browser apps log in with the code flow and PKCE
            var noPassword = keycloak.post("/protocol/openid-connect/token", Map.of("grant_type", "password",
                    "client_id", "zhaoshang-web", "username", "zhang.wei", "password", KeycloakLogin.DEMO_PASSWORD));
            assertFalse(noPassword.statusCode() == 200, noPassword.body());

            // Swagger UI offers logging in at the realm
            JsonNode document = stack.get(8082, "/q/openapi?format=json", null);
            JsonNode oidc = document.at("/components/securitySchemes/oidc/flows/authorizationCode");
            assertEquals("http://localhost:" + (8180 + OFFSET) + "/realms/zhaoshang/protocol/openid-connect/auth",
                    oidc.get("authorizationUrl").asText());
            RunningStack.Answer page = stack.send(8082, "/q/swagger-ui/", null, null);
            assertTrue(page.headers().firstValue("Content-Security-Policy").orElse("")
                    .contains("connect-src 'self' http://localhost:" + (8180 + OFFSET)), "Swagger UI may fetch the token");
        }
    }

    private static JsonNode claims(String token) throws Exception {
        String payload = token.split("\\.")[1];
        return RunningStack.JSON.readTree(new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8));
    }
}
