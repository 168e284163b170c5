package cn.zhaoshang.console.session;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;

/**
 * The token every state-changing form carries (CSRF): an HMAC of the session's id, so another site, which cannot read
 * the session cookie, cannot forge it, and the console keeps nothing per form.
 */
public final class FormTokens {

    private final byte[] secret;

    public FormTokens(String secret) {
        if (secret == null || secret.length() < 32) {
            throw new IllegalArgumentException("console.form-secret needs at least 32 characters");
        }
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
    }

    public String tokenFor(String sessionId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(mac.doFinal(("form:" + sessionId).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** True when {@code token} was issued for this session (compared in constant time). */
    public boolean matches(String sessionId, String token) {
        if (sessionId == null || token == null) {
            return false;
        }
        return MessageDigest.isEqual(tokenFor(sessionId).getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8));
    }
}
