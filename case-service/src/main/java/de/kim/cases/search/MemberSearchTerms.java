package de.kim.cases.search;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

import de.kim.cases.casefile.domain.CaseFile;
import de.kim.cases.casefile.domain.HouseholdMember;

/**
 * Keeps the name index of the household members (table member_search_term) in step with the members: rewritten for a
 * case whenever its household changes, in the same transaction; members from before the index are indexed at start-up.
 */
@ApplicationScoped
public class MemberSearchTerms {

    private static final Logger LOG = Logger.getLogger(MemberSearchTerms.class);
    private static final int BATCH = 500;

    private final EntityManager entityManager;

    MemberSearchTerms(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Transactional(TxType.MANDATORY)
    public void reindex(CaseFile caseFile) {
        entityManager.createNativeQuery("delete from member_search_term where case_id = ?1")
                .setParameter(1, caseFile.id).executeUpdate();
        caseFile.members.forEach(this::index);
    }

    void backfill(@Observes StartupEvent started) {
        int indexed = 0;
        // In id order, so that a member whose name has no word to index (only marks) is passed once, not forever.
        for (List<UUID> batch = unindexed(new UUID(0, 0)); !batch.isEmpty(); batch = unindexed(
                batch.get(batch.size() - 1))) {
            indexed += indexAll(batch);
        }
        if (indexed > 0) {
            LOG.infof("Search: %d household members indexed by name", indexed);
        }
    }

    @Transactional
    List<UUID> unindexed(UUID after) {
        return entityManager.createNativeQuery("""
                select m.id from household_member m
                 where m.id > ?1 and not exists (select 1 from member_search_term t where t.member_id = m.id)
                 order by m.id limit ?2
                """, UUID.class).setParameter(1, after).setParameter(2, BATCH).getResultList();
    }

    @Transactional
    int indexAll(List<UUID> members) {
        members.forEach(id -> index(HouseholdMember.findById(id)));
        return members.size();
    }

    private void index(HouseholdMember member) {
        for (String term : NameTerms.of(member.firstName, member.lastName)) {
            // Another instance may index the same member at start-up: the second insert changes nothing.
            entityManager.createNativeQuery("""
                    insert into member_search_term (member_id, case_id, term) values (?1, ?2, ?3)
                    on conflict do nothing
                    """).setParameter(1, member.id).setParameter(2, member.caseFile.id)
                    .setParameter(3, term.length() > 110 ? term.substring(0, 110) : term).executeUpdate();
        }
    }
}
