package de.kim.platform.events.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import de.kim.platform.events.contract.Topic;

/** The access table keeps personal data with those whose task needs it; the documents say what the table says. */
class TopicAccessTest {

    @Test
    void theFullCaseIsTheCaseServicesAlone() {
        assertThat(principalsThat(false, Topic.CASES.topicName())).containsExactly("case-service");
        assertThat(principalsThat(true, Topic.CASES.topicName())).containsExactly("case-service");
    }

    @Test
    void theMonitoringReadsTheFactsAndNoCaseOrView() {
        assertThat(principalsThat(false, Topic.CASE_FACTS.topicName())).containsExactly("region-service");
        Principal monitoring = TopicAccess.principal("region-service").orElseThrow();
        assertThat(monitoring.grants()).noneMatch(grant -> grant.resource().startsWith("kim.view.")
                || grant.resource().equals(Topic.CASES.topicName()));
    }

    @Test
    void eachAgencySystemReadsItsAuthoritysViewAndNothingElse() {
        for (String authority : TopicAccess.AUTHORITIES.keySet()) {
            Principal system = TopicAccess.principal(TopicAccess.systemOf(authority)).orElseThrow();
            assertThat(system.agencySystem()).isTrue();
            assertThat(system.grantsWithDeadLetters()).singleElement().satisfies(grant -> {
                assertThat(grant.resource()).isEqualTo(Topic.view(authority).topicName());
                assertThat(grant.write()).isFalse();
                assertThat(grant.prefixed()).isFalse();
            });
            assertThat(KafkaAcl.of(system)).allSatisfy(acl -> assertThat(acl.strimziOperations())
                    .containsExactly("Read"));
        }
        assertThat(principalsThat(false, Topic.view("jobcenter").topicName())).containsExactly("jobcenter-system");
    }

    @Test
    void everyGrantNamesAContractTopicAndAPurpose() {
        for (Principal principal : TopicAccess.principals()) {
            for (TopicGrant grant : principal.grantsWithDeadLetters()) {
                assertThat(grant.purpose()).as(principal.name() + " " + grant.resource()).hasSizeGreaterThan(10);
                if (!grant.prefixed() && !grant.resource().endsWith(".dlt")) {
                    assertThat(Topic.byName(grant.resource())).isNotNull();
                }
            }
        }
    }

    @Test
    void theReadmeTheAsyncApiDocumentAndTheManifestsAreWhatTheBuildMadeOfTheTable() throws IOException {
        Path repository = Path.of("..");
        assertThat(Files.readString(repository.resolve("README.md"))).contains(AccessDocuments.table(""));
        assertThat(Files.readString(repository.resolve("docs/asyncapi.yaml"))).contains(AccessDocuments.table("    "));
        assertThat(repository.resolve("deploy/kubernetes/base/kafka/users.yaml"))
                .hasContent(AccessDocuments.kafkaUsers());
        assertThat(repository.resolve("deploy/kubernetes/base/kafka/topics.yaml"))
                .hasContent(AccessDocuments.kafkaTopics());
    }

    /** Who may read (or write) exactly this topic, by a literal grant or a prefix that covers it. */
    private static List<String> principalsThat(boolean write, String topic) {
        return TopicAccess.principals().stream()
                .filter(principal -> principal.grants().stream().anyMatch(grant -> grant.write() == write
                        && (grant.prefixed() ? topic.startsWith(grant.resource()) : topic.equals(grant.resource()))))
                .map(Principal::name).toList();
    }
}
