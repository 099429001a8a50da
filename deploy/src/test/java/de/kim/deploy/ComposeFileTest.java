package de.kim.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * deploy/compose/compose.yaml fits the Compose specification and runs what ./kim runs: the services' own ports, a
 * database per service, the gateway's routes, the Kafka and Keycloak versions of the local run.
 */
class ComposeFileTest {

    private static final Path COMPOSE = RenderedOverlays.DEPLOY.resolve("compose/compose.yaml");
    private static JsonNode parsed;

    @Test
    void fitsTheComposeSpecification() {
        String answer = RenderedOverlays.run(
                List.of("node", RenderedOverlays.DEPLOY.resolve("validate/validate-compose.mjs").toString()),
                RenderedOverlays.read(COMPOSE));

        assertThat(answer.strip()).isEqualTo("ok");
    }

    @Test
    void runsTheServicesAsTheirConfigurationSays() throws IOException {
        JsonNode services = compose().path("services");
        String databases = RenderedOverlays.read(COMPOSE.resolveSibling("create-databases.sql"));
        for (String name : KubernetesManifestsTest.SERVICES) {
            JsonNode service = services.path(name);
            int port = KubernetesManifestsTest.httpPort(name);
            assertThat(service.path("environment").path("QUARKUS_HTTP_PORT").asText()).as(name)
                    .isEqualTo(String.valueOf(port));
            assertThat(services.path("gateway").path("environment")
                    .path("KIM_GATEWAY_SERVICES_" + name.replace('-', '_').toUpperCase() + "_URLS").asText())
                    .isEqualTo("http://" + name + ":" + port);
            String database = service.path("environment").path("QUARKUS_DATASOURCE_JDBC_URL").asText()
                    .replaceFirst(".*/", "");
            assertThat(databases).as(name).contains("CREATE DATABASE " + database + ";");
        }
        assertThat(services.path("gateway").path("environment").path("QUARKUS_HTTP_PORT").asText())
                .isEqualTo(String.valueOf(KubernetesManifestsTest.httpPort("gateway")));
    }

    @Test
    void usesTheKafkaAndKeycloakVersionsOfTheLocalRun() throws IOException {
        JsonNode services = compose().path("services");

        assertThat(services.path("kafka").path("image").asText())
                .isEqualTo("apache/kafka:" + firstGroup("<kafka.version>([^<]+)<",
                        RenderedOverlays.REPOSITORY.resolve("local-infra/pom.xml")));
        assertThat(services.path("keycloak").path("image").asText())
                .isEqualTo("quay.io/keycloak/keycloak:" + firstGroup("(?m)^KC_VERSION=(\\S+)$",
                        RenderedOverlays.REPOSITORY.resolve("deploy/local/keycloak.sh")));
    }

    /** Keycloak gets the realm's login theme from deploy/keycloak/themes, as ./kim copies it into its Keycloak. */
    @Test
    void keycloakGetsTheRealmsLoginThemeAsTheLocalRunDoes() throws IOException {
        Path theme = RealmImport.loginTheme();
        String name = theme.getFileName().toString();
        JsonNode volumes = compose().path("services").path("keycloak").path("volumes");
        String mount = "../keycloak/themes/" + name + ":/opt/keycloak/themes/" + name + ":ro";

        assertThat(volumes).extracting(JsonNode::asText).contains(mount);
        assertThat(COMPOSE.getParent().resolve("../keycloak/themes/" + name).normalize()).isEqualTo(theme);
        Path local = RenderedOverlays.REPOSITORY.resolve("deploy/local/keycloak.sh");
        assertThat(firstGroup("(?m)^KC_THEME_DIR=.*/\\.\\./keycloak/themes/([\\w.-]+)\\}\"$", local)).isEqualTo(name);
        assertThat(firstGroup("cp -R \"\\$KC_THEME_DIR\" \"\\$dist/themes/([\\w.-]+)\"", local)).isEqualTo(name);
    }

    /**
     * compose.yaml with its anchors and merge keys resolved (SnakeYAML; Jackson keeps aliases as names), parsed once
     * per test run (read it, never change it).
     */
    static synchronized JsonNode compose() throws IOException {
        if (parsed == null) {
            parsed = new ObjectMapper().valueToTree(new Yaml().load(Files.readString(COMPOSE)));
        }
        return parsed;
    }

    private static String firstGroup(String pattern, Path file) {
        Matcher matcher = Pattern.compile(pattern).matcher(RenderedOverlays.read(file));
        assertThat(matcher.find()).as("%s in %s", pattern, file).isTrue();
        return matcher.group(1);
    }
}
