package de.kim.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The committed realm import is exactly what the realm as code gives, and it carries nothing of the demo.
 * {@code -Dkim.deploy.update=true} writes it anew after an intended change of the realm. The realm as code itself logs
 * people in in German, in its own theme, and tells the services whom to call.
 */
class RealmImportTest {

    @Test
    void theCommittedImportIsTheRealmAsCodeWithoutTheDemo() throws IOException {
        String generated = RealmImport.yaml();
        if (Boolean.getBoolean("kim.deploy.update")) {
            Files.writeString(RealmImport.IMPORT, generated);
        }
        assertThat(RenderedOverlays.read(RealmImport.IMPORT))
                .as("deploy/kubernetes/base/keycloak/realm-import.yaml is behind deploy/keycloak/kim-realm.json; "
                        + "run ./mvnw test -pl deploy -Dkim.deploy.update=true")
                .isEqualTo(generated);
        assertThat(generated).doesNotContainIgnoringCase("demo");
    }

    @Test
    void everyClientSecretComesFromTheSecretTheGatewayReadsItsOwnFrom() {
        for (String overlay : RenderedOverlays.OVERLAYS) {
            JsonNode spec = RenderedOverlays.named(overlay, "KeycloakRealmImport", "kim").path("spec");
            int secrets = 0;
            for (JsonNode client : spec.path("realm").path("clients")) {
                if (client.has("secret")) {
                    String name = RealmImport.placeholder(client.path("clientId").asText());
                    assertThat(client.path("secret").asText()).isEqualTo("${" + name + "}");
                    assertThat(spec.path("placeholders").path(name).path("secret").path("name").asText())
                            .isEqualTo(RealmImport.CLIENT_SECRETS);
                    secrets++;
                }
            }
            assertThat(secrets).as("the gateway's and the four agency systems'").isEqualTo(5);
            assertThat(spec.path("realm").path("users")).allMatch(user -> user.has("serviceAccountClientId"));

            JsonNode reference = RenderedOverlays.env(RenderedOverlays.container(overlay, "gateway"),
                    "QUARKUS_OIDC_CREDENTIALS_SECRET").path("valueFrom").path("secretKeyRef");
            assertThat(reference.path("name").asText()).isEqualTo(RealmImport.CLIENT_SECRETS);
            assertThat(reference.path("key").asText()).isEqualTo("kim-gateway");
        }
    }

    /**
     * No client hands out offline tokens (they outlive a logout for a month); a quick typo locks nobody out, guessing
     * does (the end-to-end suite tries both on the imported realm).
     */
    @Test
    void noOfflineTokensAndNoLockoutForAQuickTypo() {
        JsonNode realm = RealmImport.realm();
        assertThat(realm.path("defaultOptionalClientScopes")).extracting(JsonNode::asText)
                .doesNotContain("offline_access");
        for (JsonNode client : realm.path("clients")) {
            for (String scopes : List.of("defaultClientScopes", "optionalClientScopes")) {
                assertThat(client.has(scopes)).as(client.path("clientId") + " names its " + scopes).isTrue();
                assertThat(client.path(scopes)).extracting(JsonNode::asText).as(client.path("clientId").asText())
                        .doesNotContain("offline_access");
            }
        }
        assertThat(realm.path("bruteForceProtected").asBoolean()).isTrue();
        assertThat(realm.path("quickLoginCheckMilliSeconds").asLong()).isZero();
        assertThat(realm.path("failureFactor").asInt()).isGreaterThanOrEqualTo(5);
    }

    @Test
    void theLoginSpeaksGermanFirstInTheRealmsOwnTheme() {
        JsonNode realm = RealmImport.realm();

        assertThat(realm.path("internationalizationEnabled").asBoolean()).isTrue();
        assertThat(realm.path("supportedLocales")).extracting(JsonNode::asText).containsExactlyInAnyOrder("de", "en");
        assertThat(realm.path("defaultLocale").asText()).isEqualTo("de");
        Path theme = RealmImport.loginTheme();
        assertThat(theme.resolve("login/theme.properties")).isRegularFile();
        assertThat(theme.resolve("login/messages/messages_de.properties")).isRegularFile();
        assertThat(theme.resolve("login/messages/messages_en.properties")).isRegularFile();
    }

    /**
     * Every client gets the default scopes profile (name), email and kim-claims (phone_number), and every person of the
     * realm has what they carry, so a provider sees whom to call about a referral.
     */
    @Test
    void staffTokensSayWhoSentThemAndHowToReachThem() throws IOException {
        JsonNode realm = RealmImport.realm();
        assertThat(realm.path("defaultDefaultClientScopes")).extracting(JsonNode::asText).contains("profile", "email",
                "kim-claims");
        assertThat(accessTokenClaims(realm, "profile")).contains("name");
        assertThat(accessTokenClaims(realm, "email")).contains("email");
        assertThat(accessTokenClaims(realm, "kim-claims")).contains("phone_number");

        JsonNode profile = new ObjectMapper().readTree(realm.path("components")
                .path("org.keycloak.userprofile.UserProfileProvider").get(0).path("config")
                .path("kc.user.profile.config").get(0).asText());
        JsonNode phone = null;
        for (JsonNode attribute : profile.path("attributes")) {
            if (attribute.path("name").asText().equals("phoneNumber")) {
                phone = attribute;
            }
        }
        assertThat(phone).as("the user profile's phoneNumber attribute").isNotNull();
        String pattern = phone.path("validations").path("pattern").path("pattern").asText();
        int people = 0;
        for (JsonNode user : realm.path("users")) {
            if (user.has("serviceAccountClientId")) {
                continue;
            }
            String username = user.path("username").asText();
            assertThat(user.path("firstName").asText()).as(username).isNotBlank();
            assertThat(user.path("lastName").asText()).as(username).isNotBlank();
            // reserved for examples (RFC 2606), never anybody's mailbox
            assertThat(user.path("email").asText()).as(username).endsWith(".example");
            // the Bundesnetzagentur's numbers for media productions in Cologne, never assigned to anybody
            assertThat(user.path("attributes").path("phoneNumber").path(0).asText()).as(username)
                    .startsWith("+49 221 4710-").matches(pattern);
            people++;
        }
        assertThat(people).isGreaterThanOrEqualTo(8);
    }

    /** The claims a client scope's mappers put into access tokens. */
    private static List<String> accessTokenClaims(JsonNode realm, String scope) {
        List<String> claims = new ArrayList<>();
        for (JsonNode clientScope : realm.path("clientScopes")) {
            if (clientScope.path("name").asText().equals(scope)) {
                for (JsonNode mapper : clientScope.path("protocolMappers")) {
                    JsonNode config = mapper.path("config");
                    if (config.path("access.token.claim").asBoolean()) {
                        // the full-name mapper writes "name" without a claim.name of its own
                        claims.add(mapper.path("protocolMapper").asText().equals("oidc-full-name-mapper")
                                ? "name"
                                : config.path("claim.name").asText());
                    }
                }
            }
        }
        return claims;
    }
}
