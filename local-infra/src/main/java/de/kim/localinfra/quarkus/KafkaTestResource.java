package de.kim.localinfra.quarkus;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import de.kim.localinfra.kafka.KafkaBroker;

/**
 * Starts a real Kafka broker for the tests of a service, with authentication and ACLs on, and connects the service as
 * its principal of the access table: the init argument {@code principal} (e.g. {@code case-service}). Injects the broker
 * into fields of type {@link KafkaBroker}, so fault tests can stop and restart it.
 */
public class KafkaTestResource implements QuarkusTestResourceLifecycleManager {

    private KafkaBroker broker;
    private String principal;

    @Override
    public void init(Map<String, String> initArgs) {
        principal = initArgs.get("principal");
        if (principal == null) {
            throw new IllegalArgumentException("KafkaTestResource needs the init argument principal");
        }
    }

    @Override
    public Map<String, String> start() {
        broker = KafkaBroker.onFreePorts().start();
        return Map.of("kim.events.bootstrap-servers", broker.bootstrapServers(),
                "kim.events.client-properties-file", broker.clientProperties(principal).toString());
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
