package de.kim.cases.demo;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Singleton;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;

import de.kim.cases.common.Now;

/**
 * Gives a newcomer's first {@code ./kim up} a year of casework to look at: a synthetic caseload of Kreis Unna,
 * planned from a seed and written in the background through the case-service's own services, a batch per run of
 * this job. It waits until the district's reference data has arrived (municipalities, quarters, offers, the team
 * directory) and stays unchanged for a while; a later start finds the households already written and goes on after
 * the last one (an interrupted generation is completed, a complete one is left alone).
 */
@ApplicationScoped
public class DemoCaseload {

    private static final Logger LOG = Logger.getLogger(DemoCaseload.class);

    /** Where the job is. */
    public enum State {
        WAITING,
        WRITING,
        DONE
    }

    /** How far it got: households planned, written now, and not written because a service refused them. */
    public record Progress(State state, int planned, int written, int failed) {
    }

    private final DemoCaseloadConfig config;
    private final DemoReferences references;
    private final CaseloadWriter writer;

    private volatile State state = State.WAITING;
    private List<PlannedHousehold> plan;
    private int next;
    private volatile int written;
    private volatile int failed;
    private int planned;
    private String fingerprint;
    private long stableSince;
    private long firstSeen;
    private long startedAt;
    private int loggedTenth;
    private boolean toldWaiting;

    DemoCaseload(DemoCaseloadConfig config, DemoReferences references, CaseloadWriter writer) {
        this.config = config;
        this.references = references;
        this.writer = writer;
    }

    public Progress progress() {
        return new Progress(state, planned, written, failed);
    }

    boolean finished() {
        return state == State.DONE;
    }

    @Scheduled(every = "${kim.demo.caseload.every}", delayed = "${kim.demo.caseload.every}", skipExecutionIf = Idle.class, concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        if (plan == null) {
            prepare();
        } else {
            writeBatch();
        }
    }

    private void prepare() {
        ReferenceData reference = references.load();
        long now = System.nanoTime();
        if (reference.towns().isEmpty()) {
            if (!toldWaiting) {
                LOG.info("Demo caseload: waiting for the district's municipalities");
                toldWaiting = true;
            }
            return;
        }
        if (!reference.fingerprint().equals(fingerprint)) {
            fingerprint = reference.fingerprint();
            stableSince = now;
            firstSeen = firstSeen == 0 ? now : firstSeen;
            return;
        }
        boolean quiet = now - stableSince >= config.quietPeriod().toNanos();
        boolean complete = !reference.offers().isEmpty() && !reference.caseManagers().isEmpty();
        if (!quiet || !complete && now - firstSeen < config.referenceWait().toNanos()) {
            return;
        }
        int present = references.highestNumberWritten();
        if (present >= config.households()) {
            LOG.infof("Demo caseload: %d households are there already, nothing to add", present);
            planned = present;
            state = State.DONE;
            return;
        }
        long began = System.nanoTime();
        List<PlannedHousehold> households = CaseloadPlanner.plan(settings(), reference, LocalDate.now(Now.ZONE));
        planned = households.size();
        LOG.infof("Demo caseload: planned %d households (seed %d) in %d ms; writing %d in the background%s",
                households.size(), config.seed(), Duration.ofNanos(System.nanoTime() - began).toMillis(),
                households.size() - present, present > 0 ? " after the " + present + " written before" : "");
        plan = households;
        next = present;
        startedAt = System.nanoTime();
        state = State.WRITING;
    }

    private void writeBatch() {
        int end = Math.min(next + config.batchSize(), plan.size());
        for (; next < end; next++) {
            PlannedHousehold household = plan.get(next);
            try {
                writer.write(household);
                written++;
            } catch (RuntimeException e) {
                failed++;
                LOG.warnf("Demo caseload: household %d not written: %s", household.number(), cause(e));
            }
        }
        double seconds = (System.nanoTime() - startedAt) / 1e9;
        int tenth = next * 10 / plan.size();
        if (tenth > loggedTenth && next < plan.size()) {
            loggedTenth = tenth;
            LOG.infof("Demo caseload: %d of %d households (%d %%), %.1f households/s", next, plan.size(), tenth * 10,
                    written / seconds);
        }
        if (next >= plan.size()) {
            LOG.infof("Demo caseload: %d households written in %.0f s (%.1f households/s)%s", written, seconds,
                    written / seconds, failed > 0 ? ", " + failed + " refused (see the warnings)" : "");
            plan = null;
            state = State.DONE;
        }
    }

    private CaseloadPlanner.Settings settings() {
        return new CaseloadPlanner.Settings(config.seed(), config.households(), config.casesPerManager(),
                config.referralsPerOfferAndMonth(), config.referralSubregions(), config.handOvers());
    }

    /** The innermost reason, without the data (a problem's type and field, an exception's message). */
    private static String cause(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    /** Nothing to do when the switch is off or the caseload is complete. */
    @Singleton
    static class Idle implements Scheduled.SkipPredicate {

        private final DemoCaseloadConfig config;
        private final DemoCaseload caseload;

        Idle(DemoCaseloadConfig config, DemoCaseload caseload) {
            this.config = config;
            this.caseload = caseload;
        }

        @Override
        public boolean test(ScheduledExecution execution) {
            return !config.enabled() || caseload.finished();
        }
    }
}
