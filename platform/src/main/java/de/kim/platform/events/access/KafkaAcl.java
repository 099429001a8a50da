package de.kim.platform.events.access;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;

/**
 * What a principal's grants mean on the broker: the operations it may perform on a topic or on its consumer groups.
 * Reading and writing imply describing (Kafka's rule); a service may also create the topics it uses, with the
 * contract's settings (its TopicProvisioner), an agency system only reads.
 *
 * @param group
 *            a consumer-group resource rather than a topic
 */
public record KafkaAcl(boolean group, String name, boolean prefixed, List<AclOperation> operations) {

    /** The principal's rules, one per resource, in the order of its grants; its consumer groups last. */
    public static List<KafkaAcl> of(Principal principal) {
        // Keyed by resource alone: reading and writing one topic make one rule.
        Map<TopicGrant, Set<AclOperation>> byResource = new LinkedHashMap<>();
        for (TopicGrant grant : principal.grantsWithDeadLetters()) {
            Set<AclOperation> operations = byResource.computeIfAbsent(
                    new TopicGrant(grant.resource(), grant.prefixed(), false, ""), key -> new LinkedHashSet<>());
            operations.add(grant.write() ? AclOperation.WRITE : AclOperation.READ);
        }
        List<KafkaAcl> acls = new ArrayList<>();
        byResource.forEach((resource, operations) -> {
            List<AclOperation> ordered = new ArrayList<>();
            for (AclOperation operation : List.of(AclOperation.READ, AclOperation.WRITE)) {
                if (operations.contains(operation)) {
                    ordered.add(operation);
                }
            }
            if (!principal.agencySystem()) {
                ordered.add(AclOperation.CREATE);
            }
            acls.add(new KafkaAcl(false, resource.resource(), resource.prefixed(), List.copyOf(ordered)));
        });
        acls.add(new KafkaAcl(true, principal.groupPrefix(), true, List.of(AclOperation.READ)));
        return List.copyOf(acls);
    }

    /** The rule as the broker's Admin API takes it: allowed for {@code User:<principal>} from any host. */
    public List<AclBinding> bindings(Principal principal) {
        ResourcePattern pattern = new ResourcePattern(group ? ResourceType.GROUP : ResourceType.TOPIC, name,
                prefixed ? PatternType.PREFIXED : PatternType.LITERAL);
        return operations.stream().map(operation -> new AclBinding(pattern, new AccessControlEntry(
                "User:" + principal.name(), "*", operation, AclPermissionType.ALLOW))).toList();
    }

    /** Strimzi's spelling of the operations ({@code Read}, {@code Write}, {@code Create}). */
    public List<String> strimziOperations() {
        return operations.stream().map(operation -> {
            String name = operation.name().toLowerCase(Locale.ROOT);
            return Character.toUpperCase(name.charAt(0)) + name.substring(1);
        }).toList();
    }
}
