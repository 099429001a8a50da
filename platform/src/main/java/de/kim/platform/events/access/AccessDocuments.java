package de.kim.platform.events.access;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import de.kim.platform.events.contract.Topic;

/**
 * Writes what {@link TopicAccess} describes into the documents that must say the same: the Strimzi KafkaTopics and
 * KafkaUsers of deploy/kubernetes/base/kafka and the access table of the README and of docs/asyncapi.yaml. The
 * platform's build runs it ({@code process-classes}), so a change of the table reaches all of them in one commit.
 * Usage: {@code AccessDocuments <repository>}.
 */
public final class AccessDocuments {

    static final String TABLE_BEGINS = "<!-- access table: generated from TopicAccess by the build, do not edit -->";
    static final String TABLE_ENDS = "<!-- end of the access table -->";
    private static final String GENERATED = "# Generated from the platform's TopicAccess and Topic by the build (AccessDocuments): edit those,"
            + "\n# not this file.\n";

    private AccessDocuments() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: AccessDocuments <repository>");
        }
        Path repository = Path.of(args[0]);
        Path kafka = repository.resolve("deploy/kubernetes/base/kafka");
        writeIfChanged(kafka.resolve("topics.yaml"), kafkaTopics());
        writeIfChanged(kafka.resolve("users.yaml"), kafkaUsers());
        replaceTable(repository.resolve("README.md"), "");
        replaceTable(repository.resolve("docs/asyncapi.yaml"), "    ");
    }

    /** One KafkaTopic per topic and dead-letter topic, three replicas, two of them in sync for a write. */
    static String kafkaTopics() {
        StringBuilder yaml = new StringBuilder(GENERATED);
        yaml.append("# The suite's topics: partitions and settings of the platform's Topic; compacted topics keep the\n"
                + "# latest state per key, a tombstone of an erased case goes after a day.\n");
        List<Topic> topics = new ArrayList<>();
        for (Topic topic : TopicAccess.topics()) {
            topics.add(topic);
            if (topic.consumed()) {
                topics.add(topic.deadLetters());
            }
        }
        String separator = "";
        for (Topic topic : topics) {
            Map<String, String> settings = new TreeMap<>(topic.settings());
            settings.put("min.insync.replicas", "2");
            yaml.append(separator).append("apiVersion: kafka.strimzi.io/v1\nkind: KafkaTopic\nmetadata:\n")
                    .append("  name: ").append(topic.topicName()).append('\n')
                    .append("  labels: {strimzi.io/cluster: kim}\nspec:\n")
                    .append("  topicName: ").append(topic.topicName()).append('\n')
                    .append("  partitions: ").append(topic.partitions()).append('\n')
                    .append("  replicas: 3\n  config:\n");
            settings.forEach((key, value) -> yaml.append("    ").append(key).append(": ").append(value).append('\n'));
            separator = "---\n";
        }
        return yaml.toString();
    }

    /**
     * One KafkaUser per principal. The services authenticate with certificates on the cluster's internal listener; an
     * agency system, outside the cluster, with SCRAM-SHA-512 over TLS on the external listener (its password in the
     * secret of the same name).
     */
    static String kafkaUsers() {
        StringBuilder yaml = new StringBuilder(GENERATED);
        yaml.append(
                "# A KafkaUser per principal, with exactly the ACLs of the access table: a service writes the topics\n"
                        + "# it publishes, reads (and may create) those it consumes, dead-letters what it cannot process; an\n"
                        + "# agency system reads its authority's view and nothing else. Consumer groups: <name>.*\n");
        String separator = "";
        for (Principal principal : TopicAccess.principals()) {
            yaml.append(separator).append("# ").append(capitalised(principal.role())).append('\n')
                    .append("apiVersion: kafka.strimzi.io/v1\nkind: KafkaUser\nmetadata:\n")
                    .append("  name: ").append(principal.name()).append('\n')
                    .append("  labels: {strimzi.io/cluster: kim}\nspec:\n")
                    .append("  authentication: {type: ").append(principal.agencySystem() ? "scram-sha-512" : "tls")
                    .append("}\n  authorization:\n    type: simple\n    acls:\n");
            for (KafkaAcl acl : KafkaAcl.of(principal)) {
                yaml.append("      - resource: {type: ").append(acl.group() ? "group" : "topic")
                        .append(", name: \"").append(acl.name()).append("\", patternType: ")
                        .append(acl.prefixed() ? "prefix" : "literal").append("}\n")
                        .append("        operations: [").append(String.join(", ", acl.strimziOperations()))
                        .append("]\n");
            }
            separator = "---\n";
        }
        return yaml.toString();
    }

    /** The table of the README and the AsyncAPI document, between its markers, each line indented. */
    static String table(String indent) {
        List<String> lines = new ArrayList<>();
        lines.add(TABLE_BEGINS);
        lines.add("| principal | topic | may | why (purpose) |");
        lines.add("|---|---|---|---|");
        for (Principal principal : TopicAccess.principals()) {
            for (TopicGrant grant : principal.grantsWithDeadLetters()) {
                String who = "`" + principal.name() + "`"
                        + (principal.agencySystem() ? " (" + principal.role() + ")" : "");
                lines.add("| " + who + " | `" + grant.shown() + "` | "
                        + (grant.write() ? "write" : "read") + " | " + grant.purpose() + " |");
            }
        }
        lines.add("");
        lines.add("Each principal's consumer groups begin with its name and a dot (`jobcenter-system.erp`); a"
                + " service may create the topics it uses, with the contract's settings. Nobody else may do"
                + " anything: the broker refuses unauthenticated clients, and every principal anything not in"
                + " this table.");
        lines.add(TABLE_ENDS);
        return String.join("\n", lines.stream().map(line -> line.isEmpty() ? line : indent + line).toList()) + "\n";
    }

    private static void replaceTable(Path document, String indent) throws IOException {
        String text = Files.readString(document);
        int begins = text.indexOf(TABLE_BEGINS);
        int ends = text.indexOf(TABLE_ENDS);
        if (begins < 0 || ends < begins) {
            throw new IllegalStateException(document + " has no access table between " + TABLE_BEGINS + " and "
                    + TABLE_ENDS);
        }
        int lineStart = text.lastIndexOf('\n', begins) + 1;
        int lineEnd = text.indexOf('\n', ends) + 1;
        writeIfChanged(document, text.substring(0, lineStart) + table(indent) + text.substring(lineEnd));
    }

    /** Leaves an unchanged file alone, so the build touches nothing (and no timestamp) when nothing changed. */
    private static void writeIfChanged(Path file, String content) throws IOException {
        if (!Files.exists(file) || !Files.readString(file).equals(content)) {
            Files.writeString(file, content);
        }
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
