package de.kim.deploy;

import static de.kim.deploy.RenderedOverlays.OVERLAYS;
import static de.kim.deploy.RenderedOverlays.REPOSITORY;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import com.fasterxml.jackson.databind.JsonNode;

import de.kim.platform.events.access.TopicAccess;
import de.kim.platform.events.contract.Topic;

/**
 * Every overlay renders offline, every object fits the schema of its kind, and the manifests say what the services
 * themselves say (ports, probes, routes, topics, users), so a change on either side that the other does not follow
 * fails the build.
 */
class KubernetesManifestsTest {

    /** Apps and the module whose application.properties they run. */
    static final List<String> APPS = List.of("case-service", "offer-service", "region-service", "gateway");
    static final List<String> SERVICES = APPS.subList(0, 3);
    /**
     * The Keycloak operator publishes its CRDs neither to Maven Central nor to npm, the only registries here: its
     * objects are rendered but cannot be checked against a schema.
     */
    private static final String WITHOUT_PUBLISHED_SCHEMA = "k8s.keycloak.org/";
    static final List<String> overlays = OVERLAYS;

    @ParameterizedTest
    @FieldSource("overlays")
    void everyObjectFitsTheSchemaOfItsKind(String overlay) {
        List<String> lines = RenderedOverlays.validation(overlay);
        List<JsonNode> objects = RenderedOverlays.objects(overlay);

        assertThat(lines).hasSize(objects.size());
        List<String> unchecked = lines.stream().filter(line -> line.contains(" " + WITHOUT_PUBLISHED_SCHEMA)).toList();
        assertThat(unchecked).allMatch(line -> line.contains(": no schema for " + WITHOUT_PUBLISHED_SCHEMA));
        assertThat(lines).filteredOn(line -> !unchecked.contains(line)).allMatch(line -> line.startsWith("ok "));
        System.out.printf("DEPLOY %s: %d objects rendered, %d valid against the Kubernetes, CloudNativePG and "
                + "Strimzi schemas, %d of the Keycloak operator without a published schema%n", overlay,
                objects.size(), lines.size() - unchecked.size(), unchecked.size());
    }

    @ParameterizedTest
    @FieldSource("overlays")
    void appsListenProbeAndAreReachedWhereTheirConfigurationSays(String overlay) {
        for (String app : APPS) {
            int port = httpPort(app);
            JsonNode container = RenderedOverlays.container(overlay, app);

            assertThat(container.path("ports").get(0).path("containerPort").asInt()).as(app).isEqualTo(port);
            assertThat(RenderedOverlays.env(container, "QUARKUS_HTTP_PORT").path("value").asText()).as(app)
                    .isEqualTo(String.valueOf(port));
            // Health on the management interface where the app has one (the gateway: its public port is routed from
            // outside), else on its port.
            Optional<Integer> management = managementPort(app);
            String probePort = management.isEmpty() ? "http" : "management";
            management.ifPresent(expected -> assertThat(container.path("ports")).as(app).anySatisfy(declared -> {
                assertThat(declared.path("name").asText()).isEqualTo("management");
                assertThat(declared.path("containerPort").asInt()).isEqualTo(expected);
            }));
            for (String probe : List.of("readinessProbe", "livenessProbe", "startupProbe")) {
                assertThat(container.path(probe).path("httpGet").path("port").asText()).as(app + " " + probe)
                        .isEqualTo(probePort);
            }
            assertThat(container.path("readinessProbe").path("httpGet").path("path").asText())
                    .isEqualTo("/q/health/ready");
            assertThat(container.path("livenessProbe").path("httpGet").path("path").asText())
                    .isEqualTo("/q/health/live");
            assertThat(container.path("startupProbe").path("httpGet").path("path").asText())
                    .isEqualTo("/q/health/started");
            JsonNode service = RenderedOverlays.named(overlay, "Service", app);
            assertThat(service.path("spec").path("ports").get(0).path("port").asInt()).as(app).isEqualTo(port);
            JsonNode policy = RenderedOverlays.named(overlay, "NetworkPolicy", app);
            assertThat(policy.path("spec").path("ingress").get(0).path("ports").get(0).path("port").asInt())
                    .as(app).isEqualTo(port);
            assertThat(container.path("securityContext").path("allowPrivilegeEscalation").asBoolean(true)).isFalse();
            assertThat(RenderedOverlays.named(overlay, "Deployment", app).path("spec").path("template").path("spec")
                    .path("securityContext").path("runAsNonRoot").asBoolean()).as(app).isTrue();
            assertThat(RenderedOverlays.named(overlay, "PodDisruptionBudget", app)).isNotNull();
            assertThat(RenderedOverlays.named(overlay, "HorizontalPodAutoscaler", app)).isNotNull();
        }
        // The gateway routes to every service its configuration names, at the port the service listens on.
        Properties gateway = properties("gateway");
        JsonNode gatewayContainer = RenderedOverlays.container(overlay, "gateway");
        for (String service : SERVICES) {
            assertThat(gateway.getProperty("kim.gateway.services." + service + ".urls")).isNotNull();
            String variable = "KIM_GATEWAY_SERVICES_" + service.replace('-', '_').toUpperCase() + "_URLS";
            assertThat(RenderedOverlays.env(gatewayContainer, variable).path("value").asText())
                    .isEqualTo("http://" + service + ":" + httpPort(service));
        }
    }

    @ParameterizedTest
    @FieldSource("overlays")
    void onlyTheGatewayIsReachableFromOutsideAndOnlyTheGatewayReachesTheServices(String overlay) {
        List<JsonNode> ingresses = RenderedOverlays.ofKind(overlay, "Ingress");
        assertThat(ingresses).isNotEmpty();
        for (JsonNode ingress : ingresses) {
            for (JsonNode rule : ingress.path("spec").path("rules")) {
                for (JsonNode path : rule.path("http").path("paths")) {
                    assertThat(path.path("backend").path("service").path("name").asText()).isEqualTo("gateway");
                }
            }
        }
        for (String service : SERVICES) {
            JsonNode from = RenderedOverlays.named(overlay, "NetworkPolicy", service).path("spec").path("ingress");
            assertThat(from).hasSize(1);
            assertThat(from.get(0).path("from")).hasSize(1);
            assertThat(from.get(0).path("from").get(0).path("podSelector").path("matchLabels")
                    .path("app.kubernetes.io/name").asText()).as(service).isEqualTo("gateway");
        }
        assertThat(RenderedOverlays.named(overlay, "NetworkPolicy", "default-deny").path("spec").path("policyTypes"))
                .hasSize(2);
    }

    @ParameterizedTest
    @FieldSource("overlays")
    void secretsAreReferencedNeverInlined(String overlay) {
        assertThat(RenderedOverlays.ofKind(overlay, "Secret")).isEmpty();
        for (String app : APPS) {
            for (JsonNode variable : RenderedOverlays.container(overlay, app).path("env")) {
                String name = variable.path("name").asText();
                if (name.contains("PASSWORD") || name.contains("SECRET")) {
                    assertThat(variable.has("value")).as("%s %s", app, name).isFalse();
                    assertThat(variable.path("valueFrom").path("secretKeyRef").path("name").asText()).isNotEmpty();
                }
            }
        }
        assertThat(RenderedOverlays.yaml(overlay)).doesNotContainIgnoringCase("demo-");
    }

    @ParameterizedTest
    @FieldSource("overlays")
    void eachServiceHasItsKafkaUserAndDatabase(String overlay) {
        for (String service : SERVICES) {
            String userSecret = RenderedOverlays.volume(overlay, service, "kafka-user").path("secret")
                    .path("secretName").asText();
            JsonNode user = RenderedOverlays.named(overlay, "KafkaUser", userSecret);
            assertThat(user.path("spec").path("authentication").path("type").asText()).isEqualTo("tls");
            String databaseSecret = RenderedOverlays
                    .env(RenderedOverlays.container(overlay, service), "QUARKUS_DATASOURCE_JDBC_URL").path("valueFrom")
                    .path("secretKeyRef").path("name").asText();
            // CloudNativePG names the application's secret after the cluster: <cluster>-app.
            assertThat(RenderedOverlays.named(overlay, "Cluster", databaseSecret.replaceFirst("-app$", "")))
                    .isNotNull();
        }
    }

    @ParameterizedTest
    @FieldSource("overlays")
    void appsAcceptTheTokensKeycloakIssuesUnderItsHostName(String overlay) {
        String hostname = RenderedOverlays.named(overlay, "Keycloak", "keycloak").path("spec").path("hostname")
                .path("hostname").asText();
        String realm = RenderedOverlays.named(overlay, "KeycloakRealmImport", "kim").path("spec").path("realm")
                .path("realm").asText();
        JsonNode endpoints = RenderedOverlays.ofKind(overlay, "ConfigMap").stream()
                .filter(map -> map.path("metadata").path("name").asText().startsWith("kim-endpoints")).findFirst()
                .orElseThrow().path("data");

        assertThat(endpoints.path("oidc-token-issuer").asText()).isEqualTo(hostname + "/realms/" + realm);
        assertThat(endpoints.path("oidc-auth-server-url").asText()).endsWith("/realms/" + realm);
        for (String app : APPS) {
            JsonNode issuer = RenderedOverlays.env(RenderedOverlays.container(overlay, app),
                    "QUARKUS_OIDC_TOKEN_ISSUER");
            assertThat(issuer.path("valueFrom").path("configMapKeyRef").path("key").asText()).as(app)
                    .isEqualTo("oidc-token-issuer");
        }
    }

    @ParameterizedTest
    @FieldSource("overlays")
    void appsTrustKeycloaksCertificateAndSeeNotItsKey(String overlay) {
        String tlsSecret = RenderedOverlays.named(overlay, "Keycloak", "keycloak").path("spec").path("http")
                .path("tlsSecret").asText();
        for (String app : APPS) {
            JsonNode container = RenderedOverlays.container(overlay, app);
            assertThat(RenderedOverlays.env(container, "QUARKUS_OIDC_TLS_TLS_CONFIGURATION_NAME").path("value")
                    .asText()).isEqualTo("keycloak");
            String certificate = RenderedOverlays.env(container, "QUARKUS_TLS_KEYCLOAK_TRUST_STORE_PEM_CERTS")
                    .path("value").asText();
            JsonNode mount = StreamSupport.stream(container.path("volumeMounts").spliterator(), false)
                    .filter(m -> certificate.startsWith(m.path("mountPath").asText() + "/")).findFirst()
                    .orElseThrow(() -> new AssertionError(app + " mounts nothing at " + certificate));
            JsonNode volume = RenderedOverlays.volume(overlay, app, mount.path("name").asText());
            assertThat(volume.path("secret").path("secretName").asText()).as(app).isEqualTo(tlsSecret);
            assertThat(volume.path("secret").path("items")).as(app + " sees only the certificate").hasSize(1);
            assertThat(volume.path("secret").path("items").get(0).path("key").asText()).isEqualTo("tls.crt");
        }
    }

    /**
     * The Keycloak pods mount the realm's login theme where Keycloak looks for themes, from a ConfigMap that holds every
     * file of deploy/keycloak/themes/&lt;theme&gt; byte for byte (under its hashed name: a changed theme rolls the pods).
     */
    @ParameterizedTest
    @FieldSource("overlays")
    void keycloakServesTheRealmsLoginThemeFromAConfigMap(String overlay) throws IOException {
        Path theme = RealmImport.loginTheme();
        String name = theme.getFileName().toString();
        assertThat(RenderedOverlays.named(overlay, "KeycloakRealmImport", "kim").path("spec").path("realm")
                .path("loginTheme").asText()).isEqualTo(name);
        JsonNode pod = RenderedOverlays.named(overlay, "Keycloak", "keycloak").path("spec").path("unsupported")
                .path("podTemplate").path("spec");
        JsonNode mount = StreamSupport.stream(pod.path("containers").path(0).path("volumeMounts").spliterator(), false)
                .filter(m -> m.path("mountPath").asText().equals("/opt/keycloak/themes/" + name)).findFirst()
                .orElseThrow(() -> new AssertionError("Keycloak mounts no theme " + name));
        JsonNode volume = StreamSupport.stream(pod.path("volumes").spliterator(), false)
                .filter(v -> v.path("name").asText().equals(mount.path("name").asText())).findFirst().orElseThrow()
                .path("configMap");
        JsonNode configMap = RenderedOverlays.named(overlay, "ConfigMap", volume.path("name").asText());
        assertThat(configMap.path("metadata").path("name").asText()).as("with its content hash")
                .matches(".+-[a-z0-9]{10}");

        Map<String, byte[]> mounted = new TreeMap<>();
        for (JsonNode item : volume.path("items")) {
            String key = item.path("key").asText();
            byte[] content = configMap.path("data").has(key)
                    ? configMap.path("data").path(key).asText().getBytes(StandardCharsets.UTF_8)
                    : Base64.getMimeDecoder().decode(configMap.path("binaryData").path(key).asText());
            mounted.put(item.path("path").asText(), content);
        }
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(theme)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(theme.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        }
        assertThat(mounted.keySet()).as("the theme's files").isEqualTo(files.keySet());
        files.forEach((path, content) -> assertThat(mounted.get(path)).as(path).isEqualTo(content));
    }

    @Test
    void productionTopicsAreThoseOfThePlatformReplicatedThreeTimes() {
        List<Topic> expected = TopicAccess.topics();
        Map<String, JsonNode> topics = new HashMap<>();
        for (JsonNode topic : RenderedOverlays.ofKind("production", "KafkaTopic")) {
            topics.put(topic.path("spec").path("topicName").asText(), topic.path("spec"));
        }
        List<Topic> withDeadLetters = new ArrayList<>(expected);
        expected.stream().filter(Topic::consumed).forEach(topic -> withDeadLetters.add(topic.deadLetters()));
        for (Topic topic : withDeadLetters) {
            JsonNode spec = topics.get(topic.topicName());
            assertThat(spec).as(topic.topicName()).isNotNull();
            assertThat(spec.path("partitions").asInt()).as(topic.topicName()).isEqualTo(topic.partitions());
            assertThat(spec.path("replicas").asInt()).isEqualTo(3);
            Map<String, String> config = new HashMap<>();
            spec.path("config").fields()
                    .forEachRemaining(entry -> config.put(entry.getKey(), entry.getValue().asText()));
            Map<String, String> settings = new HashMap<>(topic.settings());
            settings.put("min.insync.replicas", "2");
            assertThat(config).as(topic.topicName()).isEqualTo(settings);
        }
        long deadLetters = Topic.fixed().stream().filter(Topic::consumed).count();
        assertThat(topics).hasSize(expected.size() + (int) deadLetters);
    }

    /** The management interface's port (health, metrics) of an app that has one, else empty. */
    static Optional<Integer> managementPort(String module) {
        return Optional.ofNullable(properties(module).getProperty("quarkus.management.port"))
                .map(Integer::parseInt);
    }

    static int httpPort(String module) {
        return Integer.parseInt(properties(module).getProperty("quarkus.http.port"));
    }

    private static Properties properties(String module) {
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(RenderedOverlays
                    .read(REPOSITORY.resolve(module).resolve("src/main/resources/application.properties"))));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return properties;
    }
}
