package de.kim.cases.plan.service;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import de.kim.cases.plan.api.AssessmentInput.Employment;
import de.kim.cases.plan.api.AssessmentInput.MemberAssessmentInput;
import de.kim.platform.events.contract.cases.CaseState;

/**
 * Turns a needs assessment into needs, the way the practice reads the questionnaire (seed 002): a language course
 * below B1 German from 16, Kita for small children and school for school-age children who attend neither, recognition
 * of a foreign qualification, training or work for the unemployed of working age, health support when asked for.
 */
final class NeedRules {

    /** The level the integration course leads to. */
    private static final Set<String> BELOW_B1 = Set.of("A1", "A2");

    private NeedRules() {
    }

    static List<CaseState.Need> derive(UUID caseId, CaseState.Member member, MemberAssessmentInput answers,
            LocalDate assessedOn) {
        List<NeedKind> kinds = new ArrayList<>();
        Integer age = member.birthDate() == null ? null : Period.between(member.birthDate(), assessedOn).getYears();
        boolean attends = Boolean.TRUE.equals(answers.inChildcareOrSchool());
        if (age == null || age >= 16) {
            String german = member.languages().stream().filter(l -> "de".equals(l.code()))
                    .map(CaseState.LanguageSkill::level).findFirst().orElse(null);
            if (german == null || BELOW_B1.contains(german)) {
                kinds.add(NeedKind.LANGUAGE_COURSE);
            }
        }
        if (age != null && age >= 1 && age < 6 && !attends) {
            kinds.add(NeedKind.CHILDCARE);
        }
        if (age != null && age >= 6 && age < 18 && !attends) {
            kinds.add(NeedKind.SCHOOL);
        }
        boolean qualified = answers.vocationalQualification() != null
                && !answers.vocationalQualification().isBlank();
        if (qualified && Boolean.FALSE.equals(answers.qualificationRecognised())) {
            kinds.add(NeedKind.RECOGNITION);
        }
        boolean workingAge = age == null || (age >= 18 && age < 67);
        if (workingAge && answers.employment() == Employment.UNEMPLOYED) {
            kinds.add(qualified ? NeedKind.WORK : NeedKind.VOCATIONAL_TRAINING);
        }
        if (Boolean.TRUE.equals(answers.healthSupport())) {
            kinds.add(NeedKind.HEALTH);
        }
        return kinds.stream()
                .map(kind -> CaseState.Need.open(needId(caseId, kind, member.id(), true), kind.name(),
                        kind.category(), member.id(), true, null))
                .toList();
    }

    /**
     * The same need of the same member keeps its id when the assessment is repeated, so goals and referrals that name
     * it stay attached.
     */
    static UUID needId(UUID caseId, NeedKind kind, UUID memberId, boolean derived) {
        String key = caseId + "/" + kind + "/" + memberId + "/" + (derived ? "derived" : "added");
        return UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8));
    }
}
