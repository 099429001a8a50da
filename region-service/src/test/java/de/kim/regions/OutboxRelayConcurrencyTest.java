package de.kim.regions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

import de.kim.localinfra.kafka.KafkaBroker;
import de.kim.localinfra.kafka.TopicProbe;
import de.kim.platform.events.contract.EventType;
import de.kim.platform.events.contract.Topic;
import de.kim.platform.events.outbox.Outbox;
import de.kim.platform.events.outbox.OutboxRelay;

/** Several relays draining one outbox at once (as several instances would) keep each aggregate's order. */
@QuarkusTest
class OutboxRelayConcurrencyTest {

    record Probe(int step) {
    }

    private static final EventType<Probe> PROBE = new EventType<>("de.kim.test.relay-probe.v1", Topic.REGIONS,
            "relay-probe", Probe.class);
    private static final int AGGREGATES = 10;
    private static final int VERSIONS = 60;

    KafkaBroker broker;

    @Inject
    Outbox outbox;

    @Inject
    OutboxRelay relay;

    @Test
    void publishesEveryVersionOfEachAggregateOnceAndInOrder() throws Exception {
        List<String> aggregates = new ArrayList<>();
        for (int i = 0; i < AGGREGATES; i++) {
            aggregates.add("probe-" + UUID.randomUUID());
        }
        // Interleaved versions across aggregates, all committed together: the relays compete for them.
        QuarkusTransaction.requiringNew().run(() -> {
            for (int version = 1; version <= VERSIONS; version++) {
                for (String aggregate : aggregates) {
                    outbox.append(PROBE, aggregate, version, new Probe(version));
                }
            }
        });
        ExecutorService relays = Executors.newFixedThreadPool(3);
        try {
            List<Future<?>> passes = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                passes.add(relays.submit(() -> {
                    while (relay.backlog() > 0) {
                        relay.publishBatch();
                    }
                    return null;
                }));
            }
            for (Future<?> pass : passes) {
                pass.get();
            }
        } finally {
            relays.shutdownNow();
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> relay.backlog() == 0);

        Map<String, List<Long>> versions = new HashMap<>();
        int expected = AGGREGATES * VERSIONS;
        broker.probe().readUntil(Topic.REGIONS.topicName(), record -> {
            if (aggregates.contains(record.key())) {
                versions.computeIfAbsent(record.key(), k -> new ArrayList<>()).add(version(record));
            }
            return versions.values().stream().mapToInt(List::size).sum() >= expected;
        }, Duration.ofSeconds(30));

        List<Long> inOrder = new ArrayList<>();
        for (long v = 1; v <= VERSIONS; v++) {
            inOrder.add(v);
        }
        for (String aggregate : aggregates) {
            assertThat(versions.get(aggregate)).as(aggregate).isEqualTo(inOrder);
        }
    }

    private static long version(ConsumerRecord<String, byte[]> record) {
        return Long.parseLong(TopicProbe.header(record, "ce_aggregateversion"));
    }
}
