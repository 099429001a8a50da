package de.kim.cases.worklist.service;

import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.security.ForbiddenException;

import de.kim.cases.audit.AuditLog;
import de.kim.cases.casefile.domain.CaseFile;
import de.kim.cases.casefile.domain.CasePhase;
import de.kim.cases.casefile.service.CaseAccess;
import de.kim.cases.casefile.service.CaseStates;
import de.kim.cases.common.Now;
import de.kim.cases.referral.service.ReferralDeadlines;
import de.kim.cases.worklist.service.WorklistItem.Flag;
import de.kim.platform.events.contract.cases.CaseState;

/** The "nobody gets lost" worklist: the caller's open cases, the ones at risk first. */
@ApplicationScoped
public class Worklist {

    private static final Map<String, Integer> WEIGHTS = Map.of("RESIDENCE_EXPIRING", 4, "REFERRAL_OVERDUE", 3,
            "ENDED_WITHOUT_FOLLOW_UP", 3, "REVIEW_OVERDUE", 2, "INACTIVE", 2);
    private static final Map<String, Integer> PRIORITY = Map.of("HIGH", 2, "NORMAL", 1, "LOW", 0);

    public enum Scope {
        /** The cases the caller manages. */
        MINE,
        /** All open cases of the caller's sub-region (coordinators). */
        SUBREGION
    }

    private final CaseAccess access;
    private final ReferralDeadlines deadlines;
    private final AuditLog audit;

    Worklist(CaseAccess access, ReferralDeadlines deadlines, AuditLog audit) {
        this.access = access;
        this.deadlines = deadlines;
        this.audit = audit;
    }

    @Transactional
    public List<WorklistItem> of(Scope scope, int inactiveDays) {
        if (scope == Scope.SUBREGION && !access.isCoordinator()) {
            throw new ForbiddenException();
        }
        List<CaseFile> open = scope == Scope.MINE
                ? CaseFile.list("subregion = ?1 and caseManager = ?2 and phase <> ?3", access.subregion(),
                        access.subject(), CasePhase.CLOSED)
                : CaseFile.list("subregion = ?1 and phase <> ?2", access.subregion(), CasePhase.CLOSED);
        OffsetDateTime now = Now.utc();
        List<WorklistItem> items = open.stream().map(c -> item(c, inactiveDays, now))
                .sorted(Comparator.comparingInt(WorklistItem::urgency).reversed()
                        .thenComparing(WorklistItem::lastActivityAt))
                .toList();
        audit.recordReads("WORKLIST_READ", items.stream().map(WorklistItem::caseId).toList());
        return items;
    }

    private WorklistItem item(CaseFile caseFile, int inactiveDays, OffsetDateTime now) {
        CaseState state = CaseStates.of(caseFile);
        List<Flag> flags = RiskRules.flags(state, caseFile.lastActivityAt, inactiveDays, deadlines, now);
        int urgency = flags.stream().mapToInt(f -> WEIGHTS.get(f.kind())).sum() + PRIORITY.get(state.priority());
        String household = state.members().isEmpty()
                ? null
                : state.members().get(0).firstName() + " " + state.members().get(0).lastName();
        return new WorklistItem(state.id(), state.number(), household, state.phase(), state.priority(),
                state.caseManager(), state.nextReview(), caseFile.lastActivityAt, urgency, flags);
    }
}
