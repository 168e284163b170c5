package cn.zhaoshang.engines;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

/**
 * Issues RS256 JWTs for local use and tests, and publishes the public key as PEM and JWKS.
 * Production tokens come from a real identity provider; services only know an issuer and a key location.
 */
public final class DevTokens {

    /** The audience the services accept by default ({@code JWT_AUDIENCE}); tokens name it in {@code aud}. */
    public static final String AUDIENCE = "zhaoshang-api";

    public static final String KEY_ID = "zhaoshang-dev";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();

    private final KeyPair keys;
    private final String issuer;

    private DevTokens(KeyPair keys, String issuer) {
        this.keys = keys;
        this.issuer = issuer;
    }

    public static DevTokens generate(String issuer) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return new DevTokens(generator.generateKeyPair(), issuer);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Rebuilds the issuer from its keys (base64 PKCS#8 private, base64 X.509 public). */
    public static DevTokens fromEncoded(String privateKey, String publicKey, String issuer) {
        try {
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            PrivateKey priv = rsa.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(privateKey)));
            PublicKey pub = rsa.generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(publicKey)));
            return new DevTokens(new KeyPair(pub, priv), issuer);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("unreadable dev token keys", e);
        }
    }

    /** Keeps the key pair in a directory, so tokens stay valid across restarts of the local stack. */
    public static DevTokens loadOrCreate(Path directory, String issuer) throws IOException {
        Path privateFile = directory.resolve("jwt-private.key");
        Path publicFile = directory.resolve("jwt-public.key");
        if (Files.exists(privateFile) && Files.exists(publicFile)) {
            return fromEncoded(Files.readString(privateFile).trim(), Files.readString(publicFile).trim(), issuer);
        }
        DevTokens tokens = generate(issuer);
        Files.createDirectories(directory);
        Files.writeString(privateFile, tokens.encodedPrivateKey());
        Files.writeString(publicFile, tokens.encodedPublicKey());
        return tokens;
    }

    public String issuer() {
        return issuer;
    }

    public String encodedPrivateKey() {
        return Base64.getEncoder().encodeToString(keys.getPrivate().getEncoded());
    }

    public String encodedPublicKey() {
        return Base64.getEncoder().encodeToString(keys.getPublic().getEncoded());
    }

    public String publicKeyPem() {
        return "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(keys.getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----\n";
    }

    public String jwks() {
        RSAPublicKey pub = (RSAPublicKey) keys.getPublic();
        ObjectNode key = JSON.createObjectNode()
                .put("kty", "RSA").put("use", "sig").put("alg", "RS256").put("kid", KEY_ID)
                .put("n", URL.encodeToString(unsigned(pub.getModulus())))
                .put("e", URL.encodeToString(unsigned(pub.getPublicExponent())));
        ObjectNode set = JSON.createObjectNode();
        set.putArray("keys").add(key);
        return set.toString();
    }

    public String issue(TokenRequest request, Duration lifetime) {
        Instant now = Instant.now();
        ObjectNode claims = JSON.createObjectNode()
                .put("iss", issuer)
                .put("aud", AUDIENCE)
                .put("sub", request.sub())
                .put("upn", request.sub())
                .put("jti", UUID.randomUUID().toString())
                .put("iat", now.getEpochSecond())
                .put("exp", now.plus(lifetime).getEpochSecond());
        request.roles().forEach(claims.putArray("groups")::add);
        if (request.enterprise() != null && !request.enterprise().isBlank()) {
            claims.put("enterprise", request.enterprise());
        }
        if (request.district() != null && !request.district().isBlank()) {
            claims.put("district", request.district());
        }
        return sign(claims);
    }

    /** Signs claims as given under this issuer's usual header: tests use it for tokens odd in their claims. */
    public String sign(ObjectNode claims) {
        return sign(Map.of("alg", "RS256", "typ", "JWT", "kid", KEY_ID), claims);
    }

    /** Signs any header and claims as given: tests use it for expired or otherwise broken tokens. */
    public String sign(Map<String, String> header, ObjectNode claims) {
        try {
            String signingInput = URL.encodeToString(JSON.writeValueAsBytes(header)) + "."
                    + URL.encodeToString(JSON.writeValueAsBytes(claims));
            Signature rs256 = Signature.getInstance("SHA256withRSA");
            rs256.initSign(keys.getPrivate());
            rs256.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + URL.encodeToString(rs256.sign());
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign token", e);
        }
    }

    private static byte[] unsigned(BigInteger value) {
        byte[] bytes = value.toByteArray();
        if (bytes.length > 1 && bytes[0] == 0) {
            byte[] trimmed = new byte[bytes.length - 1];
            System.arraycopy(bytes, 1, trimmed, 0, trimmed.length);
            return trimmed;
        }
        return bytes;
    }
}
