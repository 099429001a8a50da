package de.kim.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import de.kim.localinfra.kafka.KafkaBroker;
import de.kim.localinfra.postgres.PostgresProvider;
import de.kim.localinfra.postgres.TestDatabase;

/**
 * The apps' container images (Jib, profile images of the root pom): non-root on the runtime base, with the ports,
 * entrypoint and names the manifests use; and each one, saved as an OCI tarball and unpacked, starts with the
 * environment deploy/compose gives it (databases and Kafka real, here) and answers its health probes UP.
 */
@DisabledIfSystemProperty(named = "kim.images.skip", matches = "(?i)true|")
class ContainerImagesTest {

    private static final Path IMAGES = RenderedOverlays.DEPLOY.resolve("target/images");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private static PostgresProvider postgres;
    private static KafkaBroker kafka;

    @BeforeAll
    static void startDatabaseAndKafka() {
        postgres = PostgresProvider.start();
        kafka = KafkaBroker.onFreePorts().start();
    }

    @AfterAll
    static void stopDatabaseAndKafka() throws Exception {
        try {
            if (kafka != null) {
                kafka.close();
            }
        } finally {
            if (postgres != null) {
                postgres.close();
            }
        }
    }

    @Test
    void everyAppRunsAsTheNonRootUserOfTheRuntimeBase() throws IOException {
        List<String> runtimeLayers = runtimeImageLayers();
        for (String app : KubernetesManifestsTest.APPS) {
            ContainerImage image = ContainerImage.of(app);
            JsonNode config = image.config;

            assertThat(config.path("User").asText()).as(app).isEqualTo("185");
            assertThat(image.diffIds.get(0)).as("%s is built on kim/java-runtime", app)
                    .isEqualTo(runtimeLayers.get(0));
            assertThat(config.path("Entrypoint").toString()).as(app)
                    .startsWith("[\"java\"").endsWith("\"-jar\",\"quarkus-run.jar\"]");
            assertThat(config.path("WorkingDir").asText()).as(app).isEqualTo("/opt/kim");
            assertThat(config.path("ExposedPorts").fieldNames()).toIterable().as(app)
                    .containsExactly(KubernetesManifestsTest.httpPort(app) + "/tcp");
            assertThat(config.path("Labels").path("org.opencontainers.image.licenses").asText()).as(app)
                    .isEqualTo("EUPL-1.2");
        }
    }

    @Test
    void kubernetesAndComposeRunTheseImages() throws IOException {
        JsonNode composeServices = ComposeFileTest.compose().path("services");
        for (String app : KubernetesManifestsTest.APPS) {
            String reference = ContainerImage.of(app).reference;

            // Podman, and so the OCI tarball, names a local image localhost/kim/APP:VERSION.
            assertThat(RenderedOverlays.container("local", app).path("image").asText())
                    .isEqualTo("localhost/" + reference);
            assertThat(RenderedOverlays.container("production", app).path("image").asText())
                    .matches("[a-z0-9.-]+/kim/" + app + ":[0-9][0-9.]*");
            assertThat(composeServices.path(app).path("image").asText())
                    .isEqualTo(reference.replace(System.getProperty("kim.version"),
                            "${KIM_VERSION:-" + System.getProperty("kim.version") + "}"));
        }
    }

    static List<String> apps() {
        return KubernetesManifestsTest.APPS;
    }

    @ParameterizedTest
    @MethodSource("apps")
    void startsFromItsOciTarballAsNonRootOnAReadOnlyRootAndAnswersItsProbes(String app) throws Exception {
        ContainerImage image = ContainerImage.of(app);
        Path archive = image.saveOciArchive(IMAGES.resolve(app + ".oci.tar"));
        Path rootfs = ContainerImage.unpack(archive, IMAGES.resolve(app));
        int port = freePort();
        Path log = IMAGES.resolve(app + ".log");

        Map<String, String> environment = environment(app, port);
        if (environment.containsKey("KIM_EVENTS_BOOTSTRAP_SERVERS")) {
            // The service logs in to the broker as its principal, from a file where the Deployment mounts its secret.
            Path clientFile = rootfs.resolve("etc/kim/kafka/client.properties");
            Files.createDirectories(clientFile.getParent());
            Files.copy(kafka.clientProperties(app), clientFile, StandardCopyOption.REPLACE_EXISTING);
            environment.put("KIM_EVENTS_CLIENT_PROPERTIES_FILE", "/etc/kim/kafka/client.properties");
        }
        // Health where the probes ask for it: the management interface of an app that has one.
        int probePort = port;
        if (KubernetesManifestsTest.managementPort(app).isPresent()) {
            probePort = freePort();
            environment.put("QUARKUS_MANAGEMENT_PORT", String.valueOf(probePort));
        }
        Process container = image.start(rootfs, environment, log);
        try {
            for (String probe : List.of("started", "live", "ready")) {
                assertThat(awaitUp(container, probePort, probe, log)).as("%s /q/health/%s", app, probe)
                        .contains("\"status\": \"UP\"");
            }
            ProcessHandle java = container.toHandle().descendants()
                    .filter(process -> process.info().command().orElse("").endsWith("/java")).findFirst()
                    .orElseThrow(() -> new AssertionError(app + ": no java process"));
            assertThat(Files.readAllLines(Path.of("/proc/" + java.pid() + "/status")))
                    .as("%s runs as uid 185", app).anyMatch(line -> line.matches("Uid:\\s+185\\s+185\\s+185\\s+185"));
            assertThat(Files.readAllLines(Path.of("/proc/" + java.pid() + "/mountinfo")))
                    .as("%s sees a read-only root", app)
                    .anyMatch(line -> line.split(" ")[4].equals("/") && line.split(" ")[5].startsWith("ro"));
        } finally {
            ContainerImage.stop(container);
            ContainerImage.delete(rootfs);
        }
        assertThat(container.exitValue()).as("%s ended on SIGTERM", app).isIn(0, 143);
        assertThat(Files.readString(log)).as("%s ran without errors", app).doesNotContain("\"level\":\"ERROR\"");
    }

    /**
     * The app's environment in deploy/compose, pointed at this test's PostgreSQL and Kafka (Keycloak stays away: the
     * probes do not need it), on a free port.
     */
    private static Map<String, String> environment(String app, int port) throws IOException {
        JsonNode composed = ComposeFileTest.compose().path("services").path(app).path("environment");
        Map<String, String> environment = new HashMap<>();
        composed.fields().forEachRemaining(entry -> environment.put(entry.getKey(), entry.getValue().asText()));
        TestDatabase database = postgres.createDatabase(app.replace('-', '_'));
        // A given server may name its user and password in the URL's query; the app gets them as variables.
        String[] urlAndQuery = database.jdbcUrl().split("\\?", 2);
        String jdbcUrl = urlAndQuery[0];
        Map<String, String> query = new HashMap<>();
        if (urlAndQuery.length > 1) {
            for (String parameter : urlAndQuery[1].split("&")) {
                String[] pair = parameter.split("=", 2);
                query.put(pair[0], pair.length > 1 ? pair[1] : "");
            }
        }
        environment.replaceAll((name, value) -> value
                .replaceFirst("^jdbc:postgresql://postgres:5432/.*", Matcher.quoteReplacement(jdbcUrl))
                .replaceFirst("^postgresql://postgres:5432/.*",
                        Matcher.quoteReplacement(jdbcUrl.substring("jdbc:".length())))
                .replace("kafka:9092", kafka.bootstrapServers())
                .replace("keycloak:8080", "127.0.0.1:9"));
        environment.put("QUARKUS_DATASOURCE_USERNAME",
                Optional.ofNullable(database.username()).orElse(query.getOrDefault("user", "postgres")));
        environment.put("QUARKUS_DATASOURCE_PASSWORD",
                Optional.ofNullable(database.password()).orElse(query.getOrDefault("password", "")));
        environment.put("QUARKUS_HTTP_PORT", String.valueOf(port));
        return environment;
    }

    private static String awaitUp(Process container, int port, String probe, Path log)
            throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        String last = "no answer";
        while (Instant.now().isBefore(deadline)) {
            if (!container.isAlive()) {
                throw new AssertionError("the container ended (exit " + container.exitValue() + "):\n"
                        + Files.readString(log));
            }
            try {
                HttpResponse<String> response = HTTP.send(HttpRequest
                        .newBuilder(URI.create("http://127.0.0.1:" + port + "/q/health/" + probe))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                last = response.body();
                if (response.statusCode() == 200) {
                    return last;
                }
            } catch (IOException notYetListening) {
                last = notYetListening.toString();
            }
            Thread.sleep(250);
        }
        return last;
    }

    /** The layers of deploy/runtime-image's tarball (docker save format, where the root pom puts it), by digest. */
    private static List<String> runtimeImageLayers() throws IOException {
        String tarball = System.getProperty("kim.runtime-image");
        ObjectMapper json = new ObjectMapper();
        String config = json.readTree(RenderedOverlays.run(List.of("tar", "-xOf", tarball, "manifest.json"), null))
                .get(0).path("Config").asText();
        JsonNode diffIds = json.readTree(RenderedOverlays.run(List.of("tar", "-xOf", tarball, config), null))
                .path("rootfs").path("diff_ids");
        return json.convertValue(diffIds, json.getTypeFactory().constructCollectionType(List.class, String.class));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
