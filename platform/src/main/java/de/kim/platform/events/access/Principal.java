package de.kim.platform.events.access;

import java.util.ArrayList;
import java.util.List;

import de.kim.platform.events.contract.Topic;

/**
 * Who talks to the broker: a service of the suite, or an authority's agency system outside it, with the topics it may
 * read and write. Its consumer groups begin with its name and a dot ({@code case-service.authority-views}).
 *
 * @param name
 *            the principal's user name on the broker (SCRAM locally, the KafkaUser on Kubernetes)
 * @param agencySystem
 *            an authority's system outside the cluster: reads its view, creates and writes nothing
 * @param role
 *            what it is, in a few words, for the documents
 */
public record Principal(String name, boolean agencySystem, String role, List<TopicGrant> grants) {

    public String groupPrefix() {
        return name + ".";
    }

    /**
     * The grants plus, for a service, the dead-letter topic beside each topic it consumes: a record it cannot process
     * goes there, for the operators.
     */
    public List<TopicGrant> grantsWithDeadLetters() {
        List<TopicGrant> all = new ArrayList<>(grants);
        if (!agencySystem) {
            for (TopicGrant grant : grants) {
                if (!grant.write() && !grant.prefixed() && Topic.byName(grant.resource()).consumed()) {
                    all.add(new TopicGrant(Topic.byName(grant.resource()).deadLetterTopicName(), false, true,
                            "records of " + grant.resource() + " it cannot process, for the operators"));
                }
            }
        }
        return List.copyOf(all);
    }
}
