package de.kim.regions.monitoring.service;

import java.time.Duration;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.runtime.TransactionConfiguration;

import de.kim.platform.events.cloudevents.CloudEvent;
import de.kim.platform.events.contract.Topic;
import de.kim.platform.events.inbox.PoisonEventException;
import de.kim.platform.events.kafka.KafkaClients;
import de.kim.platform.events.kafka.TopicReplay;
import de.kim.platform.problem.ApiProblem;

/**
 * Counts everything again from kim.case-facts.v1 alone, starting from the kept counts of anonymised cases (compaction has
 * removed their states from the topic); offers are replayed from kim.offers.v1 over what is kept (that topic is not
 * compacted, so older offers are no longer on it). One transaction: readers see the old counts until the new
 * ones are complete, and the live consumers wait (the tables are locked) and then go on with their version checks, so
 * nothing they apply afterwards is counted twice. One rebuild at a time.
 */
@ApplicationScoped
public class MonitoringRebuild {

    private static final Logger LOG = Logger.getLogger(MonitoringRebuild.class);

    private final EntityManager entityManager;
    private final MonitoringProjection projection;
    private final KafkaClients kafka;

    MonitoringRebuild(EntityManager entityManager, MonitoringProjection projection, KafkaClients kafka) {
        this.entityManager = entityManager;
        this.projection = projection;
        this.kafka = kafka;
    }

    /**
     * @param skipped
     *            events that could never be applied (the live consumer dead-letters them)
     * @param cells
     *            cells of counts afterwards
     */
    public record RebuildReport(long eventsRead, long skipped, long cells, long millis) {
    }

    @Transactional
    @TransactionConfiguration(timeout = 3600)
    public RebuildReport rebuild() {
        long started = System.nanoTime();
        boolean alone = (Boolean) entityManager
                .createNativeQuery("select pg_try_advisory_xact_lock(hashtext('kim.monitoring.rebuild'))")
                .getSingleResult();
        if (!alone) {
            throw ApiProblem.conflict("A rebuild of the monitoring is running; its result will be there shortly.");
        }
        entityManager.createNativeQuery("lock table monitoring_source, monitoring_count, monitoring_offer,"
                + " monitoring_kept_count in exclusive mode").executeUpdate();
        entityManager.createNativeQuery("delete from monitoring_count").executeUpdate();
        // Anonymised cases: their states are gone from the topic, their counts and their versions stay.
        entityManager.createNativeQuery("insert into monitoring_count (%1$s) select %1$s from monitoring_kept_count"
                .formatted(FactLedger.COLUMNS)).executeUpdate();
        entityManager.createNativeQuery("delete from monitoring_source where not anonymised").executeUpdate();
        long[] skipped = new long[1];
        long read = TopicReplay.replay(kafka, Topic.OFFERS, "region-service.monitoring-rebuild",
                skipping(projection::applyOffer, skipped));
        // Each case's facts replace those before (FactLedger.replace): its newest are all that count.
        TopicReplay.Replayed cases = TopicReplay.replayLatest(kafka, Topic.CASE_FACTS,
                "region-service.monitoring-rebuild",
                projection::applyCase);
        read += cases.read();
        skipped[0] += cases.skipped();
        long cells = ((Number) entityManager.createNativeQuery("select count(*) from monitoring_count")
                .getSingleResult()).longValue();
        long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();
        LOG.infof("Monitoring rebuilt from %d events (%d skipped): %d cells, %d ms", read, skipped[0], cells, millis);
        return new RebuildReport(read, skipped[0], cells, millis);
    }

    private static Consumer<CloudEvent> skipping(Consumer<CloudEvent> apply, long[] skipped) {
        return event -> {
            try {
                apply.accept(event);
            } catch (PoisonEventException e) {
                skipped[0]++;
            }
        };
    }
}
