package de.kim.cases.demo;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import de.kim.cases.casefile.domain.CaseGoal;
import de.kim.cases.casefile.domain.CaseNote;
import de.kim.cases.casefile.domain.CasePhase;
import de.kim.cases.casefile.domain.Consent;
import de.kim.cases.casefile.domain.Measure;
import de.kim.cases.casefile.domain.Priority;
import de.kim.cases.plan.api.AssessmentInput.Employment;
import de.kim.cases.plan.api.AssessmentInput.FamilyStatus;
import de.kim.cases.plan.api.AssessmentInput.Schooling;
import de.kim.cases.plan.api.NeedClosingInput;
import de.kim.cases.plan.service.NeedKind;
import de.kim.platform.vocabulary.DataCategory;
import de.kim.platform.vocabulary.Gender;
import de.kim.platform.vocabulary.ResidenceStatus;

/**
 * One thing a case manager does on a demo case, at a moment of the past year. Members, goals and measures are named by
 * their position in the plan; the writer finds the ids the services gave them.
 */
sealed interface Step {

    OffsetDateTime at();

    /** A person of the household as the case records them when it is opened. */
    record Person(String firstName, String lastName, LocalDate birthDate, Gender gender, String nationality,
            List<Language> languages, ResidenceStatus residenceStatus, LocalDate residenceValidUntil,
            LocalDate arrivalDate) {
    }

    /** ISO 639-1 code with CEFR level or "native". */
    record Language(String code, String level) {
    }

    record Open(OffsetDateTime at, UUID municipalityId, UUID quarterId, UUID accommodationId, Priority priority,
            LocalDate nextReview, List<Person> members) implements Step {
    }

    /** A change of the case itself; null leaves a field as it is. */
    record Update(OffsetDateTime at, CasePhase phase, String closedReason, LocalDate nextReview,
            boolean leavesAccommodation, UUID quarterId, List<MemberChange> members) implements Step {
    }

    /** A renewed or changed residence permit, or better German. */
    record MemberChange(int member, ResidenceStatus residenceStatus, LocalDate residenceValidUntil,
            String germanLevel) {
    }

    record Assess(OffsetDateTime at, FamilyStatus familyStatus, List<Answers> members, List<String> leisureInterests,
            List<AddedNeed> additionalNeeds) implements Step {
    }

    record Answers(int member, Schooling schooling, Integer yearsOfSchooling, String vocationalQualification,
            Boolean qualificationRecognised, Employment employment, Boolean inChildcareOrSchool,
            Boolean healthSupport) {
    }

    /** A need the case manager adds in the assessment; {@code member} null for the household. */
    record AddedNeed(NeedKind kind, Integer member, String comment) {
    }

    record Join(OffsetDateTime at, String authority, String contact, String fileReference, LocalDate since)
            implements
                Step {
    }

    record Leave(OffsetDateTime at, String authority, LocalDate until) implements Step {
    }

    record Grant(OffsetDateTime at, Consent.RecipientKind recipientKind, String recipient,
            List<DataCategory> categories, String purpose, Consent.LegalBasis legalBasis, String justification,
            String documentReference, LocalDate grantedOn, LocalDate validUntil) implements Step {
    }

    record Revoke(OffsetDateTime at, String recipient) implements Step {
    }

    /** A goal answering the need of that kind of that member (or of the household when null). */
    record AddGoal(OffsetDateTime at, int goal, String title, NeedKind need, Integer needMember) implements Step {
    }

    record SetGoal(OffsetDateTime at, int goal, CaseGoal.Status status) implements Step {
    }

    record AddMeasure(OffsetDateTime at, int goal, int measure, String description, String responsibleAuthority,
            LocalDate dueDate, Measure.Status status) implements Step {
    }

    record SetMeasure(OffsetDateTime at, int goal, int measure, Measure.Status status, LocalDate endedOn)
            implements
                Step {
    }

    record CloseNeed(OffsetDateTime at, NeedKind need, Integer needMember, NeedClosingInput.Reason reason)
            implements
                Step {
    }

    record Confer(OffsetDateTime at, LocalDate heldOn, List<String> participants, List<Decision> decisions)
            implements
                Step {
    }

    record Decision(String text, String responsibleAuthority, LocalDate dueDate, DataCategory category) {
    }

    record Note(OffsetDateTime at, DataCategory category, String text, CaseNote.Visibility visibility)
            implements
                Step {
    }

    /** Refers {@code member} to the offer, for the need of {@code needMember} (e.g. a child's Kita need). */
    record Refer(OffsetDateTime at, UUID offerId, int member, NeedKind need, Integer needMember,
            DataCategory category) implements Step {
    }

    record RequestTransfer(OffsetDateTime at, UUID toMunicipalityId, String toCaseManager, String reason)
            implements
                Step {
    }

    record AcceptTransfer(OffsetDateTime at) implements Step {
    }
}
