package de.kim.cases.search;

import java.util.ArrayList;
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
import de.kim.platform.database.TransactionSql;

/**
 * Keeps the name index of the household members (table member_search_term) in step with the members: rewritten for a
 * case whenever its household changes, in the same transaction; members from before the index are indexed at start-up.
 */
@ApplicationScoped
public class MemberSearchTerms {

    private static final Logger LOG = Logger.getLogger(MemberSearchTerms.class);
    private static final int BATCH = 500;

    private final EntityManager entityManager;
    private final TransactionSql sql;

    MemberSearchTerms(EntityManager entityManager, TransactionSql sql) {
        this.entityManager = entityManager;
        this.sql = sql;
    }

    /** The case's members are flushed before: the terms refer to them. */
    @Transactional(TxType.MANDATORY)
    public void reindex(CaseFile caseFile) {
        sql.update("delete from member_search_term where case_id = ?", caseFile.id);
        index(caseFile.members);
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
        index(members.stream().map(id -> HouseholdMember.<HouseholdMember>findById(id)).toList());
        return members.size();
    }

    /** One statement for all the members' terms (a statement per term cost more than the rest of opening a case). */
    private void index(List<HouseholdMember> members) {
        List<UUID> memberIds = new ArrayList<>();
        List<UUID> caseIds = new ArrayList<>();
        List<String> terms = new ArrayList<>();
        for (HouseholdMember member : members) {
            for (String term : NameTerms.of(member.firstName, member.lastName)) {
                memberIds.add(member.id);
                caseIds.add(member.caseFile.id);
                terms.add(term.length() > 110 ? term.substring(0, 110) : term);
            }
        }
        if (!terms.isEmpty()) {
            // Another instance may index the same member at start-up: the second insert changes nothing.
            sql.update("""
                    insert into member_search_term (member_id, case_id, term)
                    select member_id, case_id, term from unnest(?, ?, ?) as t(member_id, case_id, term)
                    on conflict do nothing
                    """, memberIds.toArray(UUID[]::new), caseIds.toArray(UUID[]::new), terms.toArray(String[]::new));
        }
    }
}
