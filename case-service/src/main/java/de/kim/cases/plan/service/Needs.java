package de.kim.cases.plan.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import de.kim.cases.casefile.domain.CaseFile;
import de.kim.cases.casefile.service.CaseChange;
import de.kim.cases.casefile.service.CaseService;
import de.kim.cases.common.Now;
import de.kim.cases.plan.api.AssessmentInput.NeedInput;
import de.kim.cases.plan.api.NeedClosingInput;
import de.kim.platform.api.Versioned;
import de.kim.platform.events.contract.cases.CaseState;
import de.kim.platform.problem.ApiProblem;

/**
 * Needs between two assessments: the case manager adds one the questionnaire did not find, and closes a need once it is
 * met or gone (with the reason), or opens it again.
 */
@ApplicationScoped
public class Needs {

    private final CaseService cases;

    Needs(CaseService cases) {
        this.cases = cases;
    }

    /** Adds the need; a closed need of the same kind and person is opened again instead (it keeps its id). */
    @Transactional
    public Versioned<CaseState> add(UUID caseId, long expectedVersion, NeedInput input) {
        CaseChange change = cases.begin(caseId, expectedVersion, "NEED_ADDED");
        CaseFile caseFile = change.caseFile();
        if (input.memberId() != null
                && change.before().members().stream().noneMatch(m -> m.id().equals(input.memberId()))) {
            throw ApiProblem.invalid("memberId", "unknown", "no such member in this case");
        }
        boolean alreadyOpen = caseFile.needs.stream().anyMatch(n -> n.isOpen() && n.kind().equals(input.kind().name())
                && Objects.equals(n.memberId(), input.memberId()));
        if (alreadyOpen) {
            throw ApiProblem.invalid("kind", "duplicate", "this person has this need open already");
        }
        UUID id = NeedRules.needId(caseId, input.kind(), input.memberId(), false);
        List<CaseState.Need> needs = new ArrayList<>(caseFile.needs);
        needs.removeIf(n -> n.id().equals(id));
        needs.add(CaseState.Need.open(id, input.kind().name(), input.kind().category(), input.memberId(), false,
                input.comment()));
        caseFile.needs = needs;
        return cases.commit(change);
    }

    @Transactional
    public Versioned<CaseState> close(UUID caseId, UUID needId, long expectedVersion, NeedClosingInput input) {
        CaseChange change = cases.begin(caseId, expectedVersion, "NEED_CLOSED");
        CaseState.Need need = need(change.caseFile(), needId);
        if (!need.isOpen()) {
            throw ApiProblem.conflict("The need is closed already.");
        }
        replace(change.caseFile(), new CaseState.Need(need.id(), need.kind(), need.category(), need.memberId(),
                need.derived(), need.comment(), Now.today(), input.reason().name(), input.note()));
        return cases.commit(change);
    }

    @Transactional
    public Versioned<CaseState> reopen(UUID caseId, UUID needId, long expectedVersion) {
        CaseChange change = cases.begin(caseId, expectedVersion, "NEED_REOPENED");
        CaseState.Need need = need(change.caseFile(), needId);
        if (need.isOpen()) {
            throw ApiProblem.conflict("The need is open already.");
        }
        replace(change.caseFile(), CaseState.Need.open(need.id(), need.kind(), need.category(), need.memberId(),
                need.derived(), need.comment()));
        return cases.commit(change);
    }

    private static CaseState.Need need(CaseFile caseFile, UUID needId) {
        return caseFile.needs.stream().filter(n -> n.id().equals(needId)).findFirst()
                .orElseThrow(() -> ApiProblem.notFound("No such need in this case."));
    }

    /** The needs are one JSON document: replaced as a whole, so that Hibernate sees the change. */
    private static void replace(CaseFile caseFile, CaseState.Need changed) {
        caseFile.needs = caseFile.needs.stream().map(n -> n.id().equals(changed.id()) ? changed : n).toList();
    }
}
