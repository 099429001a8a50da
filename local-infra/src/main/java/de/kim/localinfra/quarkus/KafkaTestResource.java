package de.kim.localinfra.quarkus;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import de.kim.localinfra.kafka.KafkaBroker;

/**
 * Starts a real Kafka broker for the tests of a service and injects it into fields of type {@link KafkaBroker}, so
 * fault tests can stop and restart it.
 */
public class KafkaTestResource implements QuarkusTestResourceLifecycleManager {

    private KafkaBroker broker;

    @Override
    public Map<String, String> start() {
        broker = KafkaBroker.onFreePorts().start();
        return Map.of("kim.events.bootstrap-servers", broker.bootstrapServers());
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(broker, new TestInjector.MatchesType(KafkaBroker.class));
    }

    @Override
    public void stop() {
        if (broker != null) {
            broker.close();
        }
    }
}
