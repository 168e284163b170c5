package cn.zhaoshang.chassis.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotAuthorizedException;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.time.Instant;
import java.util.Optional;

/** Who is calling: subject, roles and the {@code enterprise} / {@code district} claims of the bearer token. */
@RequestScoped
public class Caller {

    private final JsonWebToken token;

    @Inject
    public Caller(JsonWebToken token) {
        this.token = token;
    }

    /** The longest user name, enterprise code or district code the services keep (their columns' width). */
    public static final int MAX_CLAIM_LENGTH = 200;

    /** The caller's user name; a token whose subject no service could store is refused as a bad token (401). */
    public String subject() {
        String subject = token.getSubject();
        if (subject != null && subject.length() > MAX_CLAIM_LENGTH) {
            throw new NotAuthorizedException("the token's subject is longer than " + MAX_CLAIM_LENGTH + " characters",
                    "Bearer");
        }
        return subject;
    }

    /** When the bearer token expires: whatever the caller keeps open (a live stream) ends then. */
    public Instant tokenExpiresAt() {
        return Instant.ofEpochSecond(token.getExpirationTime());
    }

    public boolean is(String role) {
        return token.getGroups() != null && token.getGroups().contains(role);
    }

    public boolean isAdmin() {
        return is(Roles.ADMIN);
    }

    /** Staff, supervisors and admins: the investment office's own people. */
    public boolean isOfficial() {
        return is(Roles.STAFF) || is(Roles.SUPERVISOR) || isAdmin();
    }

    public boolean isEnterpriseOnly() {
        return is(Roles.ENTERPRISE) && !isOfficial();
    }

    /**
     * The caller's name as people read it (the token's {@code name} claim), if it has one: without the "-"
     * an identity provider puts where no family name was given (Keycloak's 「王军 -」 reads 王军).
     */
    public Optional<String> displayName() {
        return claim("name").map(name -> name.replaceAll("(\\s+-)+$", "").replaceAll("^-\\s+", "").strip())
                .filter(name -> !name.isEmpty() && !name.equals("-"));
    }

    public Optional<String> enterprise() {
        return claim("enterprise");
    }

    /** The {@code district} claim's value that makes a supervisor city-wide; no district code can be it. */
    public static final String CITY_WIDE = "*";

    /** The district the caller is scoped to, if the token names one. Empty is no district, never "all of them". */
    public Optional<String> district() {
        return claim("district").filter(d -> !d.equals(CITY_WIDE));
    }

    /**
     * Whether the caller watches the whole city: admins, and supervisors whose token says so explicitly
     * ({@code district: "*"}). A supervisor token without a district, or a blank one, sees no district's rows.
     */
    public boolean cityWide() {
        return isAdmin() || (is(Roles.SUPERVISOR) && claim("district").filter(CITY_WIDE::equals).isPresent());
    }

    /** Whether the caller's scope takes in {@code district}: city-wide, or the district their token names. */
    public boolean oversees(String district) {
        return cityWide() || district().map(district::equals).orElse(false);
    }

    /** The scope a stored subscription keeps for this caller: {@link #CITY_WIDE}, their district, or null for none. */
    public String districtScope() {
        return cityWide() ? CITY_WIDE : district().orElse(null);
    }

    private Optional<String> claim(String name) {
        Object value = token.getClaim(name);
        Optional<String> text = value == null ? Optional.empty()
                : Optional.of(value.toString().replace("\"", "")).filter(s -> !s.isBlank());
        if (text.isPresent() && text.get().length() > MAX_CLAIM_LENGTH) {
            throw new NotAuthorizedException("the token's '" + name + "' claim is longer than " + MAX_CLAIM_LENGTH
                    + " characters", "Bearer");
        }
        return text;
    }
}
