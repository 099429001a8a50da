package de.kim.cases.retention;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import de.kim.cases.audit.AccessPurpose;
import de.kim.cases.audit.AuditLog;
import de.kim.cases.casefile.service.NoteRecords;
import de.kim.cases.common.Now;
import de.kim.cases.facts.CaseFactsPublisher;
import de.kim.platform.events.contract.cases.CaseEvents;
import de.kim.platform.events.contract.referrals.ReferralErased;
import de.kim.platform.events.contract.referrals.ReferralEvents;
import de.kim.platform.events.outbox.Outbox;

/**
 * Anonymises closed cases once their retention period has passed (§ 84 SGB X): the case and everything in it (household,
 * consents, plan, notes, referrals, history) is deleted; a tombstone on kim.cases.v1 empties the authority views, one
 * on kim.case-facts.v1 lets the monitoring keep only its counts; the providers are told to drop the person from their placements. What
 * stays here is the id with sub-region and closing date ({@code anonymised_case}) and the audit log, which holds no
 * personal data; elsewhere the monitoring's counts and the providers' placements without the person.
 */
@ApplicationScoped
public class CaseRetention {

    private static final Logger LOG = Logger.getLogger(CaseRetention.class);
    static final String ACTOR = "system:retention";
    /** The day (in Germany) the case last entered the phase CLOSED. */
    private static final String CLOSED_ON = """
            select cast(max(s.since) at time zone 'Europe/Berlin' as date) as closed_on
              from case_phase_step s where s.case_id = c.id and s.phase = 'CLOSED'""";

    private final EntityManager entityManager;
    private final Outbox outbox;
    private final CaseFactsPublisher facts;
    private final AuditLog audit;
    private final NoteRecords notes;
    private final Period keptFor;

    CaseRetention(EntityManager entityManager, Outbox outbox, CaseFactsPublisher facts, AuditLog audit,
            NoteRecords notes,
            @ConfigProperty(name = "kim.retention.closed-cases-kept-for", defaultValue = "P3Y") Period keptFor) {
        this.entityManager = entityManager;
        this.outbox = outbox;
        this.facts = facts;
        this.audit = audit;
        this.notes = notes;
        this.keptFor = keptFor;
    }

    /** Anonymises every case closed before {@code today} minus the retention period, one transaction each. */
    public int anonymiseDue(LocalDate today) {
        int anonymised = 0;
        for (UUID id : due(today)) {
            try {
                anonymised += anonymise(id, today) ? 1 : 0;
            } catch (RuntimeException e) {
                // One case that cannot be anonymised must not keep all others; it is tried again next night.
                LOG.errorf("Retention: case %s not anonymised (%s), retried next run", id, e.getClass().getName());
            }
        }
        if (anonymised > 0) {
            LOG.infof("Retention: %d closed cases anonymised (closed before %s)", anonymised, cutoff(today));
        }
        return anonymised;
    }

    @Transactional
    List<UUID> due(LocalDate today) {
        return entityManager.createNativeQuery("""
                select c.id from case_file c join lateral (%s) closed on true
                 where c.phase = 'CLOSED' and closed.closed_on < ?1
                """.formatted(CLOSED_ON), UUID.class).setParameter(1, cutoff(today)).getResultList();
    }

    /** @return false when the case is gone, reopened or not due any more (it was checked outside the lock) */
    @Transactional
    boolean anonymise(UUID id, LocalDate today) {
        List<?> locked = entityManager.createNativeQuery("""
                select c.subregion, c.version, closed.closed_on from case_file c join lateral (%s) closed on true
                 where c.id = ?1 and c.phase = 'CLOSED' and closed.closed_on < ?2 for update of c
                """.formatted(CLOSED_ON), Object[].class).setParameter(1, id).setParameter(2, cutoff(today))
                .getResultList();
        if (locked.isEmpty()) {
            return false;
        }
        Object[] row = (Object[]) locked.get(0);
        long version = ((Number) row[1]).longValue();
        @SuppressWarnings("unchecked")
        List<Object[]> referrals = entityManager.createNativeQuery(
                "select id, status_version from referral where case_id = ?1", Object[].class).setParameter(1, id)
                .getResultList();
        // Events of the case not yet published (or parked as unpublishable) hold its data and would hold back the
        // tombstone: they go, and the tombstone says everything a consumer still needs to know.
        entityManager
                .createNativeQuery(
                        """
                                delete from event_outbox where (aggregate_type = 'case' and aggregate_id = ?1)
                                    or (aggregate_type = 'referral' and aggregate_id in (select id::text from referral where case_id = ?2))
                                """)
                .setParameter(1, id.toString()).setParameter(2, id).executeUpdate();
        for (Object[] referral : referrals) {
            UUID referralId = (UUID) referral[0];
            // Versions on a referral's key count the offer-service's states; the erasure compares with none of them.
            outbox.append(ReferralEvents.ERASED, referralId.toString(), ((Number) referral[1]).longValue() + 1,
                    new ReferralErased(referralId));
        }
        outbox.appendTombstone(CaseEvents.CASE, id.toString(), version + 1);
        @SuppressWarnings("unchecked")
        List<UUID> noteIds = entityManager.createNativeQuery("select id from case_note where case_id = ?1", UUID.class)
                .setParameter(1, id).getResultList();
        noteIds.forEach(noteId -> notes.erase(id, noteId, version + 1));
        facts.erased(id, version + 1);
        entityManager.createNativeQuery("""
                insert into anonymised_case (id, subregion, closed_on, anonymised_at) values (?1, ?2, ?3, ?4)
                """).setParameter(1, id).setParameter(2, row[0]).setParameter(3, row[2]).setParameter(4, Now.utc())
                .executeUpdate();
        entityManager.createNativeQuery("delete from case_file where id = ?1").setParameter(1, id).executeUpdate();
        audit.recordFor(ACTOR, null, AccessPurpose.RETENTION, "CASE_ANONYMISED", id);
        return true;
    }

    private LocalDate cutoff(LocalDate today) {
        return today.minus(keptFor);
    }
}
