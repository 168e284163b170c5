package cn.zhaoshang.testsupport;

import cn.zhaoshang.engines.DevTokens;
import cn.zhaoshang.engines.TokenRequest;

import java.time.Duration;
import java.util.List;

/** Bearer tokens for tests, signed by one key per test JVM that {@link RealInfrastructure} tells Quarkus to trust. */
public final class TestTokens {

    public static final String ISSUER = "https://issuer.zhaoshang.test";
    private static final String PRIVATE = "zhaoshang.test.jwt.private";
    private static final String PUBLIC = "zhaoshang.test.jwt.public";

    private TestTokens() {
    }

    public static synchronized DevTokens issuer() {
        if (System.getProperty(PRIVATE) == null) {
            DevTokens generated = DevTokens.generate(ISSUER);
            System.setProperty(PRIVATE, generated.encodedPrivateKey());
            System.setProperty(PUBLIC, generated.encodedPublicKey());
        }
        return DevTokens.fromEncoded(System.getProperty(PRIVATE), System.getProperty(PUBLIC), ISSUER);
    }

    public static String token(String sub, List<String> roles, String enterprise, String district) {
        return issuer().issue(new TokenRequest(sub, roles, enterprise, district), Duration.ofHours(1));
    }

    public static String admin() {
        return token("admin-1", List.of("admin"), null, null);
    }

    public static String staff(String sub, String district) {
        return token(sub, List.of("staff"), null, district);
    }

    public static String supervisor(String sub, String district) {
        return token(sub, List.of("supervisor"), null, district);
    }

    public static String enterprise(String sub, String creditCode) {
        return token(sub, List.of("enterprise"), creditCode, null);
    }
}
