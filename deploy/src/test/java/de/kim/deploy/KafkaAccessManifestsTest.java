package de.kim.deploy;

import static de.kim.deploy.RenderedOverlays.OVERLAYS;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import com.fasterxml.jackson.databind.JsonNode;

import de.kim.platform.events.access.KafkaAcl;
import de.kim.platform.events.access.Principal;
import de.kim.platform.events.access.TopicAccess;

/**
 * The cluster's Kafka grants what the platform's access table says and nothing more: a KafkaUser per principal with
 * exactly its ACLs, certificates for the services inside, SCRAM over TLS on an external listener for the agency
 * systems, reachable only from the peers its NetworkPolicy names.
 */
class KafkaAccessManifestsTest {

    static final List<String> overlays = OVERLAYS;

    @ParameterizedTest
    @FieldSource("overlays")
    void eachPrincipalHasAKafkaUserWithExactlyItsAcls(String overlay) {
        List<JsonNode> users = RenderedOverlays.ofKind(overlay, "KafkaUser");
        assertThat(users.stream().map(user -> user.path("metadata").path("name").asText()))
                .containsExactlyInAnyOrderElementsOf(TopicAccess.principals().stream().map(Principal::name).toList());
        for (Principal principal : TopicAccess.principals()) {
            JsonNode spec = RenderedOverlays.named(overlay, "KafkaUser", principal.name()).path("spec");
            assertThat(spec.path("authorization").path("type").asText()).isEqualTo("simple");
            assertThat(rules(spec.path("authorization").path("acls"))).as(principal.name())
                    .isEqualTo(rules(principal));
            assertThat(spec.path("authentication").path("type").asText()).as(principal.name())
                    .isEqualTo(principal.agencySystem() ? "scram-sha-512" : "tls");
        }
    }

    @ParameterizedTest
    @FieldSource("overlays")
    void servicesLogInWithCertificatesInsideAndAgencySystemsWithScramOverTlsFromOutside(String overlay) {
        JsonNode listeners = RenderedOverlays.named(overlay, "Kafka", "kim").path("spec").path("kafka")
                .path("listeners");
        assertThat(listeners).hasSize(2);
        JsonNode internal = listener(listeners, "tls");
        assertThat(internal.path("type").asText()).isEqualTo("internal");
        assertThat(internal.path("authentication").path("type").asText()).isEqualTo("tls");
        assertExternal(listener(listeners, "external"));
        assertThat(RenderedOverlays.named(overlay, "Kafka", "kim").path("spec").path("kafka").path("authorization")
                .path("type").asText()).isEqualTo("simple");
    }

    @Test
    void theProductionListenerGoesThroughTheIngressWithAHostPerBroker() {
        JsonNode external = listener(RenderedOverlays.named("production", "Kafka", "kim").path("spec").path("kafka")
                .path("listeners"), "external");
        assertThat(external.path("type").asText()).isEqualTo("ingress");
        int brokers = RenderedOverlays.named("production", "KafkaNodePool", "brokers").path("spec").path("replicas")
                .asInt();
        assertThat(external.path("configuration").path("brokers")).hasSize(brokers);
        assertThat(external.path("configuration").path("bootstrap").path("host").asText()).isNotEmpty();
    }

    @Test
    void onOpenShiftTheListenerGoesThroughRoutes() throws IOException {
        Path kustomization = RenderedOverlays.DEPLOY.resolve("target/openshift-overlay");
        Files.createDirectories(kustomization);
        Files.writeString(kustomization.resolve("kustomization.yaml"), """
                apiVersion: kustomize.config.k8s.io/v1beta1
                kind: Kustomization
                resources: [../../kubernetes/base]
                components: [../../kubernetes/components/agency-listener/route]
                """);
        JsonNode kafka = RenderedOverlays.objectsOf(kustomization).stream()
                .filter(object -> object.path("kind").asText().equals("Kafka")).findFirst().orElseThrow();
        JsonNode external = listener(kafka.path("spec").path("kafka").path("listeners"), "external");
        assertThat(external.path("type").asText()).isEqualTo("route");
        assertExternal(external);
    }

    private static void assertExternal(JsonNode external) {
        assertThat(external.path("tls").asBoolean()).as("TLS").isTrue();
        assertThat(external.path("authentication").path("type").asText()).isEqualTo("scram-sha-512");
        // Without peers Strimzi's NetworkPolicy would let every address in; an empty peer does the same.
        assertThat(external.path("networkPolicyPeers")).isNotEmpty();
        external.path("networkPolicyPeers").forEach(peer -> assertThat(peer.size()).as("peer %s", peer).isPositive());
    }

    private static JsonNode listener(JsonNode listeners, String name) {
        for (JsonNode listener : listeners) {
            if (listener.path("name").asText().equals(name)) {
                return listener;
            }
        }
        throw new AssertionError("no Kafka listener " + name);
    }

    /** "topic kim.cases.v1 literal Read" per operation, as the KafkaUser spells its rules. */
    private static Set<String> rules(JsonNode acls) {
        Set<String> rules = new HashSet<>();
        for (JsonNode acl : acls) {
            JsonNode resource = acl.path("resource");
            acl.path("operations").forEach(operation -> rules.add(resource.path("type").asText() + " "
                    + resource.path("name").asText() + " " + resource.path("patternType").asText() + " "
                    + operation.asText()));
        }
        return rules;
    }

    private static Set<String> rules(Principal principal) {
        List<String> rules = new ArrayList<>();
        for (KafkaAcl acl : KafkaAcl.of(principal)) {
            acl.strimziOperations().forEach(operation -> rules.add((acl.group() ? "group " : "topic ") + acl.name()
                    + " " + (acl.prefixed() ? "prefix" : "literal") + " " + operation));
        }
        return new HashSet<>(rules);
    }
}
