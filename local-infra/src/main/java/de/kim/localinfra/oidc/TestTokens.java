package de.kim.localinfra.oidc;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

/**
 * Access tokens signed with the key of the in-process OIDC provider of quarkus-test-oidc-server
 * ({@code OidcWiremockTestResource}), shaped like the tokens of the realm {@code kim}: roles in {@code groups},
 * audience {@code kim-api}, sub-region / authority / provider claims.
 */
public final class TestTokens {

    public static final String ISSUER = "https://server.example.com";
    public static final String AUDIENCE = "kim-api";

    private TestTokens() {
    }

    public static String forRole(String username, String role) {
        return token(username, Set.of(role), Map.of(), AUDIENCE, Instant.now().plusSeconds(300));
    }

    public static String forRole(String username, String role, Map<String, String> claims) {
        return token(username, Set.of(role), claims, AUDIENCE, Instant.now().plusSeconds(300));
    }

    /** A token of a realm user with the role and the claims the realm gives that role's demo users. */
    public static String asRealmUser(String username, String role) {
        Map<String, String> claims = switch (role) {
            case "case-manager", "coordinator" -> Map.of("subregion", "NORD");
            case "authority-staff", "agency-system" -> Map.of("authority", "JOBCENTER");
            case "provider-staff" -> Map.of("provider", "caritas-luenen");
            default -> Map.of();
        };
        return forRole(username, role, claims);
    }

    public static String expired(String username, String role) {
        return token(username, Set.of(role), Map.of(), AUDIENCE, Instant.now().minusSeconds(600));
    }

    public static String forOtherAudience(String username, String role) {
        return token(username, Set.of(role), Map.of(), "another-api", Instant.now().plusSeconds(300));
    }

    /** A well-formed token of another issuer, signed with that issuer's own key. */
    public static String fromOtherIssuer(String username, String role) {
        return Jwt.preferredUserName(username).subject(subject(username)).groups(Set.of(role))
                .issuer("https://other-issuer.example").audience(AUDIENCE).expiresAt(Instant.now().plusSeconds(300))
                .jws().keyId("other").sign(OtherIssuer.KEY.getPrivate());
    }

    /** A token that names our issuer but is signed with a key our provider never published. */
    public static String forgedSignature(String username, String role) {
        return Jwt.preferredUserName(username).subject(subject(username)).groups(Set.of(role)).issuer(ISSUER)
                .audience(AUDIENCE).expiresAt(Instant.now().plusSeconds(300))
                .jws().keyId("1").sign(OtherIssuer.KEY.getPrivate());
    }

    /** Signed in, but holding none of the suite's roles (e.g. a Keycloak account nobody gave a role). */
    public static String withoutRole(String username) {
        return token(username, Set.of(), Map.of(), AUDIENCE, Instant.now().plusSeconds(300));
    }

    /** The token subject ({@code sub}) of a test user: a stable id, as Keycloak gives one. */
    public static String subject(String username) {
        return UUID.nameUUIDFromBytes(username.getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** A key pair nobody trusts, made once per test run. */
    private static final class OtherIssuer {
        static final KeyPair KEY = generate();

        private static KeyPair generate() {
            try {
                KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(2048);
                return generator.generateKeyPair();
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static String token(String username, Set<String> roles, Map<String, String> claims, String audience,
            Instant expiresAt) {
        JwtClaimsBuilder builder = Jwt.preferredUserName(username)
                .subject(subject(username)).groups(roles).issuer(ISSUER)
                .audience(audience).issuedAt(expiresAt.minusSeconds(300)).expiresAt(expiresAt);
        claims.forEach(builder::claim);
        return builder.jws().keyId("1").sign("privateKey.jwk");
    }
}
