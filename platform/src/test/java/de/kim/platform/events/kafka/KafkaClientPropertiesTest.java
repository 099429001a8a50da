package de.kim.platform.events.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The operator's Kafka client file (TLS, SASL) reaches every client; the cluster stays the configured one. */
class KafkaClientPropertiesTest {

    @TempDir
    Path dir;

    @Test
    void tlsSettingsFromTheFileAreApplied() throws IOException {
        Path file = Files.writeString(dir.resolve("kafka-client.properties"), """
                security.protocol=SSL
                ssl.truststore.location=/etc/kim/kafka/truststore.p12
                ssl.truststore.password=from-the-secret
                """);

        var props = KafkaClients.clientProperties(file);

        assertEquals("SSL", props.get("security.protocol"));
        assertEquals("/etc/kim/kafka/truststore.p12", props.get("ssl.truststore.location"));
        assertEquals(3, props.size());
    }

    @Test
    void theFileMayNotNameAnotherCluster() throws IOException {
        Path file = Files.writeString(dir.resolve("kafka-client.properties"), "bootstrap.servers=elsewhere:9092\n");

        assertThrows(IllegalStateException.class, () -> KafkaClients.clientProperties(file));
    }
}
