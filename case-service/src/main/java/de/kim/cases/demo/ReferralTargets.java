package de.kim.cases.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import de.kim.cases.demo.Residents.Resident;
import de.kim.cases.demo.SupportSteps.NeedOf;
import de.kim.cases.plan.api.AssessmentInput.Schooling;
import de.kim.cases.plan.service.NeedKind;
import de.kim.platform.vocabulary.DataCategory;

/**
 * Who of a household would be referred to a demo offer, known by its title in the district's demo data
 * (deploy/demo/kreis-unna.json); other offers get no demo referrals. Each candidate meets the offer's eligibility, so
 * the provider accepts or waitlists rather than declines.
 */
final class ReferralTargets {

    private static final Set<String> ENOUGH_GERMAN = Set.of("B1", "B2", "C1", "C2");

    /**
     * @param member
     *            the person referred
     * @param need
     *            the need it answers (perhaps a child's, for a parent-child group), or null
     * @param category
     *            the consent category when it answers no need
     */
    record Candidate(int member, NeedOf need, DataCategory category, double chance, boolean volunteering) {
    }

    private ReferralTargets() {
    }

    static List<Candidate> candidates(String title, List<Resident> residents, List<NeedOf> needs,
            LocalDate assessedOn, String[] german) {
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < residents.size(); i++) {
            Resident resident = residents.get(i);
            int age = resident.ageOn(assessedOn);
            NeedOf language = new NeedOf(NeedKind.LANGUAGE_COURSE, i);
            boolean attends = Boolean.TRUE.equals(resident.answers().inChildcareOrSchool());
            switch (title) {
                case "Sprachkurs Deutsch A1" -> {
                    if (needs.contains(language) && resident.answers().schooling() != Schooling.NONE
                            && (resident.german() == null || "A1".equals(resident.german()))) {
                        candidates.add(new Candidate(i, language, null, 0.45, false));
                    }
                }
                case "Alphabetisierungskurs" -> {
                    if (needs.contains(language) && SupportSteps.hardlySchooled(resident)) {
                        candidates.add(new Candidate(i, language, null, 0.6, false));
                    }
                }
                case "Griffbereit", "Rucksack-Programm" -> {
                    boolean fits = "Griffbereit".equals(title) ? age <= 2 : age >= 3 && age < 6;
                    if (fits && resident.role().kind() == HouseholdShape.Role.Kind.CHILD) {
                        NeedOf childcare = new NeedOf(NeedKind.CHILDCARE, i);
                        candidates.add(new Candidate(parent(residents), needs.contains(childcare) ? childcare : null,
                                DataCategory.FAMILY_CHILD_WELFARE, 0.35, false));
                        return candidates;
                    }
                }
                case "Hausaufgabenhilfe im Treffpunkt Neuland" -> {
                    if (age >= 6 && age <= 16 && attends) {
                        candidates.add(new Candidate(i, null, DataCategory.EDUCATION_WORK, 0.25, false));
                    }
                }
                case "Beratung in der Halte-Stelle" -> {
                    NeedOf counselling = new NeedOf(NeedKind.COUNSELLING, i);
                    if (needs.contains(counselling)) {
                        candidates.add(new Candidate(i, counselling, null, 0.5, false));
                    }
                }
                case "Nähcafé für Frauen", "Frauentreff im Treffpunkt Neuland" -> {
                    NeedOf leisure = new NeedOf(NeedKind.LEISURE, i);
                    if (resident.female() && age >= 18) {
                        candidates.add(needs.contains(leisure)
                                ? new Candidate(i, leisure, null, 0.4, false)
                                : new Candidate(i, null, DataCategory.MASTER_DATA, 0.06, false));
                    }
                }
                case "Ehrenamt: Lesepatenschaften" -> {
                    if (age >= 18 && german[i] != null && ENOUGH_GERMAN.contains(german[i])) {
                        candidates.add(new Candidate(i, null, DataCategory.MASTER_DATA, 0.2, true));
                    }
                }
                default -> {
                    return candidates;
                }
            }
        }
        return candidates;
    }

    /** The mother if there is one, else the first adult: who goes to a parent-child group. */
    private static int parent(List<Resident> residents) {
        for (int i = 0; i < residents.size(); i++) {
            if (residents.get(i).female() && residents.get(i).role().adult()) {
                return i;
            }
        }
        return 0;
    }
}
