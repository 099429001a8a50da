package de.kim.platform.events.access;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import de.kim.platform.events.contract.Topic;

/**
 * The one description of who may read and write which topic, and why. The local broker's ACLs and SCRAM users, the
 * Strimzi KafkaUsers and KafkaTopics (deploy/kubernetes/base/kafka) and the access tables of the README and
 * docs/asyncapi.yaml are all made from it ({@link AccessDocuments}), so they cannot drift apart.
 *
 * <p>
 * Personal data stays with those who need it for their task: the full case on {@code kim.cases.v1} only with the
 * case-service, the statistics on {@code kim.case-facts.v1} (pseudonymous) for the monitoring, each authority's view
 * only for that authority's own system (Art. 5 (1) b, c GDPR, § 67c and § 78 SGB X).
 */
public final class TopicAccess {

    /**
     * The authorities of a district, each with its view topic and its agency system, by code (as in the topic name) and
     * as people call them. A district with another authority adds it here.
     */
    public static final Map<String, String> AUTHORITIES = authorities();

    private static final List<Principal> PRINCIPALS = describe();

    private TopicAccess() {
    }

    public static List<Principal> principals() {
        return PRINCIPALS;
    }

    private static List<Principal> describe() {
        List<Principal> all = new ArrayList<>();
        all.add(new Principal("case-service", false, "the case-service", List.of(
                write(Topic.CASES, "the full case after each change: its own record, from which it builds and rebuilds "
                        + "the authority views"),
                read(Topic.CASES, "builds and rebuilds the authority views"),
                write(Topic.CASE_FACTS, "what the monitoring counts of each case, under a pseudonym"),
                new TopicGrant(TopicGrant.VIEWS_PREFIX, true, true,
                        "each authority's view of the cases, for that authority's own system"),
                write(Topic.REFERRALS, "referral requests to a provider: a pseudonymous case reference, contact "
                        + "data only with consent"),
                read(Topic.REFERRALS, "the providers' answers to its referrals"),
                read(Topic.OFFERS, "offers and providers to refer to"),
                read(Topic.REGIONS, "municipalities, places and team members the cases refer to"))));
        all.add(new Principal("offer-service", false, "the offer-service", List.of(
                write(Topic.OFFERS, "offers and providers"),
                write(Topic.REFERRALS, "the providers' answers to referrals"),
                read(Topic.REFERRALS, "referral requests for the providers' inboxes"),
                read(Topic.REGIONS, "the places offers take place in"))));
        all.add(new Principal("region-service", false, "the region-service", List.of(
                write(Topic.REGIONS, "the reference data: sub-regions, municipalities, places, team"),
                read(Topic.CASE_FACTS, "counts the monitoring's indicators, never sees a case"),
                read(Topic.OFFERS, "counts offers for the monitoring"))));
        AUTHORITIES.forEach((code, name) -> all.add(new Principal(systemOf(code), true, "the " + name + "'s system",
                List.of(new TopicGrant(Topic.view(code).topicName(), false, false,
                        "follows what the " + name + " may see of the cases it works on")))));
        return List.copyOf(all);
    }

    public static Optional<Principal> principal(String name) {
        return principals().stream().filter(principal -> principal.name().equals(name)).findFirst();
    }

    /** The principal of an authority's agency system, e.g. {@code jobcenter-system}. */
    public static String systemOf(String authority) {
        return authority + "-system";
    }

    /** Every topic a district's broker holds: the contract's fixed ones, a view per authority, the dead letters. */
    public static List<Topic> topics() {
        List<Topic> topics = new ArrayList<>(Topic.fixed());
        AUTHORITIES.keySet().forEach(code -> topics.add(Topic.view(code)));
        return List.copyOf(topics);
    }

    private static TopicGrant read(Topic topic, String purpose) {
        return new TopicGrant(topic.topicName(), false, false, purpose);
    }

    private static TopicGrant write(Topic topic, String purpose) {
        return new TopicGrant(topic.topicName(), false, true, purpose);
    }

    private static Map<String, String> authorities() {
        Map<String, String> authorities = new LinkedHashMap<>();
        authorities.put("jugendamt", "Jugendamt");
        authorities.put("sozialamt", "Sozialamt");
        authorities.put("jobcenter", "Jobcenter");
        authorities.put("auslaenderbehoerde", "Ausländerbehörde");
        return Collections.unmodifiableMap(authorities);
    }
}
