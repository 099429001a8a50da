package de.kim.cases.datasubject.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.security.identity.SecurityIdentity;

import de.kim.cases.audit.AccessPurpose;
import de.kim.cases.audit.AuditLog;
import de.kim.cases.casefile.domain.CaseFile;
import de.kim.cases.casefile.service.CaseStates;
import de.kim.cases.common.Now;
import de.kim.cases.datasubject.api.SubjectQuery;
import de.kim.cases.datasubject.service.SubjectExport.CaseRecord;
import de.kim.cases.datasubject.service.SubjectExport.SharedWith;
import de.kim.cases.history.CaseHistory;
import de.kim.platform.events.contract.cases.CaseState;
import de.kim.platform.security.Claims;
import de.kim.platform.vocabulary.DataCategory;

/** Answers a data subject's request for access (GDPR Art. 15) for the data-protection officer, across sub-regions. */
@ApplicationScoped
public class SubjectAccess {

    private static final TypeReference<List<DataCategory>> CATEGORIES = new TypeReference<>() {
    };

    private final EntityManager entityManager;
    private final CaseHistory history;
    private final AuditLog audit;
    private final SecurityIdentity identity;
    private final ObjectMapper json;

    SubjectAccess(EntityManager entityManager, CaseHistory history, AuditLog audit, SecurityIdentity identity,
            ObjectMapper json) {
        this.entityManager = entityManager;
        this.history = history;
        this.audit = audit;
        this.identity = identity;
        this.json = json;
    }

    /** The export; each case read for it is on the audit log, as the officer's access for this purpose. */
    @Transactional
    public SubjectExport export(SubjectQuery subject) {
        @SuppressWarnings("unchecked")
        List<Object[]> matches = entityManager.createNativeQuery("""
                select case_id, id from household_member
                 where lower(first_name) = lower(?1) and lower(last_name) = lower(?2) and birth_date = ?3
                 order by case_id
                """, Object[].class).setParameter(1, subject.firstName().strip())
                .setParameter(2, subject.lastName().strip()).setParameter(3, subject.birthDate()).getResultList();
        List<CaseRecord> cases = new ArrayList<>();
        for (Object[] match : matches) {
            UUID caseId = (UUID) match[0];
            CaseFile caseFile = CaseFile.findById(caseId);
            audit.recordFor(Claims.subject(identity), null, AccessPurpose.DATA_SUBJECT_REQUEST, "SUBJECT_EXPORTED",
                    caseId);
            cases.add(new CaseRecord(forSubject(CaseStates.of(caseFile), (UUID) match[1]),
                    history.of(caseId, 0, Integer.MAX_VALUE),
                    audit.query(caseId, null, null, null, null, 0, Integer.MAX_VALUE).items().stream()
                            .map(access -> access.about(caseId)).toList(),
                    sharedWith(caseId)));
        }
        return new SubjectExport(Now.utc(), cases);
    }

    /**
     * The case without other household members' data: their persons, assessments, needs, the goals answering those
     * needs, and their referrals. Household-wide parts (consents, conferences, notes, the transfer) stay whole for the
     * officer to review before release.
     */
    static CaseState forSubject(CaseState s, UUID member) {
        List<CaseState.Need> needs = s.needs().stream()
                .filter(n -> n.memberId() == null || member.equals(n.memberId())).toList();
        Set<UUID> keptNeeds = needs.stream().map(CaseState.Need::id).collect(Collectors.toSet());
        CaseState.Assessment assessment = s.assessment() == null
                ? null
                : new CaseState.Assessment(s.assessment().assessedOn(), s.assessment().familyStatus(),
                        s.assessment().members().stream().filter(m -> member.equals(m.memberId())).toList(),
                        s.assessment().leisureInterests(), s.assessment().assessedBy());
        return new CaseState(s.id(), s.number(), s.subregion(), s.municipalityId(), s.quarterId(),
                s.accommodationId(), s.phase(), s.closedReason(), s.caseManager(), s.priority(), s.nextReview(),
                s.openedAt(), s.transfer(), s.members().stream().filter(m -> member.equals(m.id())).toList(),
                s.participations(), s.consents(), assessment,
                needs, s.goals().stream().filter(g -> g.needId() == null || keptNeeds.contains(g.needId())).toList(),
                s.conferences(), s.notes(),
                s.referrals().stream().filter(r -> Objects.equals(member, r.memberId())).toList(), s.phaseHistory());
    }

    private List<SharedWith> sharedWith(UUID caseId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                select authority, categories::text from authority_view_case where case_id = ?1 order by authority
                """, Object[].class).setParameter(1, caseId).getResultList();
        List<SharedWith> shared = new ArrayList<>();
        for (Object[] row : rows) {
            try {
                shared.add(new SharedWith((String) row[0], json.readValue((String) row[1], CATEGORIES)));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("view categories are not JSON", e);
            }
        }
        return shared;
    }
}
