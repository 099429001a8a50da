package de.kim.cases.plan.service;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import de.kim.cases.casefile.domain.CaseFile;
import de.kim.cases.casefile.service.CaseChange;
import de.kim.cases.casefile.service.CaseService;
import de.kim.cases.plan.api.AssessmentInput;
import de.kim.cases.plan.api.AssessmentInput.MemberAssessmentInput;
import de.kim.cases.plan.api.AssessmentInput.NeedInput;
import de.kim.platform.api.Versioned;
import de.kim.platform.events.contract.cases.CaseState;
import de.kim.platform.problem.ApiProblem;

/** Records the needs assessment of a case and the needs it produces. */
@ApplicationScoped
public class Assessments {

    private final CaseService cases;

    Assessments(CaseService cases) {
        this.cases = cases;
    }

    /**
     * Replaces the assessment; needs found before keep their ids (so goals and referrals stay attached) and their
     * closing; needs added by hand stay.
     */
    @Transactional
    public Versioned<CaseState> record(UUID caseId, long expectedVersion, AssessmentInput input) {
        CaseChange change = cases.begin(caseId, expectedVersion, "ASSESSMENT_RECORDED");
        CaseFile caseFile = change.caseFile();
        Map<UUID, CaseState.Member> members = change.before().members().stream()
                .collect(Collectors.toMap(CaseState.Member::id, Function.identity()));
        List<CaseState.Need> needs = new ArrayList<>();
        List<CaseState.MemberAssessment> answers = new ArrayList<>();
        Set<UUID> assessed = new HashSet<>();
        for (int i = 0; i < input.members().size(); i++) {
            MemberAssessmentInput given = input.members().get(i);
            CaseState.Member member = members.get(given.memberId());
            if (member == null || !assessed.add(given.memberId())) {
                throw ApiProblem.invalid("members[" + i + "].memberId", "unknown",
                        "must name a member of the case, once");
            }
            answers.add(new CaseState.MemberAssessment(member.id(),
                    given.schooling() == null ? null : given.schooling().name(), given.yearsOfSchooling(),
                    given.vocationalQualification(), given.qualificationRecognised(),
                    given.employment() == null ? null : given.employment().name(), given.inChildcareOrSchool(),
                    given.healthSupport()));
            needs.addAll(NeedRules.derive(caseId, member, given, input.assessedOn()));
        }
        List<NeedInput> added = input.additionalNeeds() == null ? List.of() : input.additionalNeeds();
        for (int i = 0; i < added.size(); i++) {
            NeedInput need = added.get(i);
            if (need.memberId() != null && !members.containsKey(need.memberId())) {
                throw ApiProblem.invalid("additionalNeeds[" + i + "].memberId", "unknown",
                        "no such member in this case");
            }
            UUID id = NeedRules.needId(caseId, need.kind(), need.memberId(), false);
            boolean found = needs.stream().anyMatch(n -> n.kind().equals(need.kind().name())
                    && Objects.equals(n.memberId(), need.memberId()));
            if (!found) {
                needs.add(CaseState.Need.open(id, need.kind().name(), need.kind().category(), need.memberId(), false,
                        need.comment()));
            }
        }
        // Needs added by hand (also between assessments) are the case manager's, not the questionnaire's: they stay.
        for (CaseState.Need kept : change.before().needs()) {
            if (!kept.derived() && needs.stream().noneMatch(n -> n.id().equals(kept.id()))) {
                needs.add(kept);
            }
        }
        // A need the case manager closed stays closed when the assessment is repeated (same need, same id).
        Map<UUID, CaseState.Need> before = change.before().needs().stream()
                .collect(Collectors.toMap(CaseState.Need::id, Function.identity()));
        needs.replaceAll(need -> before.containsKey(need.id()) ? need.withClosingOf(before.get(need.id())) : need);
        caseFile.assessment = new CaseState.Assessment(input.assessedOn(), input.familyStatus().name(), answers,
                input.leisureInterests() == null ? List.of() : List.copyOf(input.leisureInterests()),
                change.actor());
        caseFile.needs = needs;
        return cases.commit(change);
    }
}
