package de.kim.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The committed realm import is exactly what the realm as code gives, and it carries nothing of the demo.
 * {@code -Dkim.deploy.update=true} writes it anew after an intended change of the realm.
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
}
