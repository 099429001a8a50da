package de.kim.localinfra.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclBindingFilter;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.GroupAuthorizationException;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import de.kim.platform.events.access.KafkaAcl;
import de.kim.platform.events.access.Principal;
import de.kim.platform.events.access.TopicAccess;
import de.kim.platform.events.contract.Topic;

/**
 * The local broker as an agency's developer meets it: only the principals of the access table get in, and each may do
 * exactly what the table allows, tried both ways on the real broker.
 */
class BrokerAccessTest {

    private static KafkaBroker broker;

    @BeforeAll
    static void brokerWithATopicOfEachKind() throws Exception {
        broker = KafkaBroker.onFreePorts().start();
        List<ProducerRecord<String, byte[]>> records = new ArrayList<>();
        List<NewTopic> topics = new ArrayList<>();
        for (Topic topic : TopicAccess.topics()) {
            topics.add(new NewTopic(topic.topicName(), 1, (short) 1));
            records.add(new ProducerRecord<>(topic.topicName(), "case", bytes("a record of " + topic.topicName())));
        }
        try (Admin admin = Admin.create(broker.clientSettings("admin"))) {
            admin.createTopics(topics).all().get(30, TimeUnit.SECONDS);
        }
        broker.probe().sendAll(records);
    }

    @AfterAll
    static void stop() {
        broker.close();
    }

    @Test
    void theBrokerHoldsExactlyTheRulesOfTheAccessTable() throws Exception {
        Set<AclBinding> table = new HashSet<>();
        for (Principal principal : TopicAccess.principals()) {
            KafkaAcl.of(principal).forEach(acl -> table.addAll(acl.bindings(principal)));
        }
        try (Admin admin = Admin.create(broker.clientSettings("admin"))) {
            assertThat(new HashSet<>(admin.describeAcls(AclBindingFilter.ANY).values().get(30, TimeUnit.SECONDS)))
                    .isEqualTo(table);
        }
    }

    @Test
    void anAgencySystemReadsItsAuthoritysViewInItsOwnGroup() {
        assertThat(read("jobcenter-system", "jobcenter-system.erp", "kim.view.jobcenter.v1"))
                .contains("a record of kim.view.jobcenter.v1");
    }

    @Test
    void anAgencySystemReadsNoOtherTopic() {
        for (String topic : List.of("kim.cases.v1", "kim.case-facts.v1", "kim.view.sozialamt.v1",
                "kim.view.jugendamt.v1", "kim.referrals.v1", "kim.offers.v1", "kim.regions.v1")) {
            assertThatThrownBy(() -> read("jobcenter-system", "jobcenter-system.erp", topic)).as(topic)
                    .isInstanceOf(TopicAuthorizationException.class);
        }
    }

    @Test
    void anAgencySystemUsesNoOtherGroup() {
        assertThatThrownBy(() -> read("jobcenter-system", "sozialamt-system.erp", "kim.view.jobcenter.v1"))
                .isInstanceOf(GroupAuthorizationException.class);
        assertThatThrownBy(() -> read("jobcenter-system", "case-service.authority-views", "kim.view.jobcenter.v1"))
                .isInstanceOf(GroupAuthorizationException.class);
    }

    @Test
    void anAgencySystemWritesNowhereNotEvenItsView() {
        for (String topic : List.of("kim.view.jobcenter.v1", "kim.cases.v1", "kim.referrals.v1")) {
            assertDenied(() -> write("jobcenter-system", topic));
        }
    }

    @Test
    void anAgencySystemCreatesNoTopic() {
        try (Admin admin = Admin.create(settings("jobcenter-system"))) {
            assertDenied(() -> admin.createTopics(List.of(new NewTopic("kim.view.jobcenter.v2", 1, (short) 1)))
                    .all().get(30, TimeUnit.SECONDS));
        }
    }

    @Test
    void onlyTheCaseServiceReadsTheFullCases() {
        assertThat(read("case-service", "case-service.authority-views", "kim.cases.v1"))
                .containsExactly("a record of kim.cases.v1");
        for (String principal : List.of("region-service", "offer-service")) {
            assertThatThrownBy(() -> read(principal, principal + ".probe", "kim.cases.v1")).as(principal)
                    .isInstanceOf(TopicAuthorizationException.class);
        }
    }

    @Test
    void theMonitoringReadsTheFactsAndNoView() {
        assertThat(read("region-service", "region-service.monitoring-case-facts", "kim.case-facts.v1"))
                .containsExactly("a record of kim.case-facts.v1");
        assertThatThrownBy(() -> read("region-service", "region-service.probe", "kim.view.jobcenter.v1"))
                .isInstanceOf(TopicAuthorizationException.class);
    }

    @Test
    void aServiceWritesWhatItPublishesAndNotWhatOthersDo() throws Exception {
        write("case-service", "kim.view.jobcenter.v1");
        write("offer-service", "kim.referrals.v1");
        assertDenied(() -> write("offer-service", "kim.regions.v1"));
        assertDenied(() -> write("region-service", "kim.case-facts.v1"));
    }

    @Test
    void aClientWithoutCredentialsGetsNothing() {
        Map<String, Object> anonymous = Map.of("bootstrap.servers", broker.bootstrapServers(),
                "default.api.timeout.ms", 3_000, "request.timeout.ms", 3_000);
        try (Admin admin = Admin.create(anonymous)) {
            assertThatThrownBy(() -> admin.listTopics().names().get(10, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class);
        }
    }

    @Test
    void anotherBrokerStartsInTheSameJvmAndItsUsersLogIn() {
        // Tests with another profile stop the first broker and start another; fault tests restart one.
        broker.stop();
        try (KafkaBroker second = KafkaBroker.onFreePorts().start()) {
            assertThat(second.probe().readAll("__consumer_offsets", Duration.ofSeconds(10))).isEmpty();
        } finally {
            broker.start();
        }
        assertThat(read("jobcenter-system", "jobcenter-system.erp", "kim.view.jobcenter.v1"))
                .contains("a record of kim.view.jobcenter.v1");
    }

    @Test
    void aWrongPasswordIsRefused() {
        Map<String, Object> wrong = settings("jobcenter-system");
        wrong.put("sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required "
                + "username=\"jobcenter-system\" password=\"guessed\";");
        try (Admin admin = Admin.create(wrong)) {
            assertThatThrownBy(() -> admin.listTopics().names().get(10, TimeUnit.SECONDS))
                    .hasCauseInstanceOf(SaslAuthenticationException.class);
        }
    }

    /** Refused by the authorizer (a topic's or the cluster's ACL), however deep the client wraps it. */
    private static void assertDenied(ThrowingCallable attempt) {
        assertThatThrownBy(attempt).satisfies(thrown -> {
            List<Throwable> chain = new ArrayList<>();
            for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
                chain.add(cause);
            }
            assertThat(chain).anyMatch(AuthorizationException.class::isInstance);
        });
    }

    /** The record values of the topic's partition 0 as the principal reads them in the group. */
    private static List<String> read(String principal, String group, String topic) {
        Map<String, Object> settings = settings(principal);
        settings.put("group.id", group);
        settings.put("enable.auto.commit", false);
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(settings, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            TopicPartition partition = new TopicPartition(topic, 0);
            consumer.assign(List.of(partition));
            consumer.seekToBeginning(List.of(partition));
            List<String> values = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
            while (values.isEmpty() && System.nanoTime() < deadline) {
                ConsumerRecords<String, byte[]> records = consumer.poll(Duration.ofMillis(200));
                records.forEach(record -> values.add(new String(record.value(), StandardCharsets.UTF_8)));
            }
            // The offset goes to the group: denied unless the group is the principal's.
            consumer.commitSync();
            return values;
        }
    }

    private static void write(String principal, String topic) throws Exception {
        Map<String, Object> settings = settings(principal);
        settings.put("max.block.ms", 5_000);
        settings.put("delivery.timeout.ms", 8_000);
        settings.put("request.timeout.ms", 3_000);
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(settings, new StringSerializer(),
                new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(topic, "case", bytes("from " + principal))).get(10, TimeUnit.SECONDS);
        }
    }

    private static Map<String, Object> settings(String principal) {
        return broker.clientSettings(principal);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
