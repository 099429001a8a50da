package de.kim.platform.events.contract.cases;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnore;

import de.kim.platform.vocabulary.DataCategory;
import de.kim.platform.vocabulary.Gender;
import de.kim.platform.vocabulary.ResidenceStatus;

/**
 * A case (Fall) with everything that belongs to it. Each event carries the whole state of the case except its notes,
 * so the latest event of a case is all a consumer needs of it (the topic is compacted) and a view can always be rebuilt
 * from the topic alone. Notes pile up over the months of a case: on kim.cases.v1 each shared note is a record of its
 * own ({@link CaseEvents#NOTE}), so a change costs the same on an old case as on a new one, and {@code notes} is empty
 * there. The case API returns the notes its caller may read.
 *
 * @param number
 *            e.g. KIM-NORD-2026-000123: sub-region, year, consecutive number
 * @param phase
 *            ANKOMMEN, ORIENTIERUNG, EINGEWOEHNUNG, INTEGRATION or CLOSED (then with a reason)
 * @param caseManager
 *            the identity-provider subject of the responsible case manager
 * @param priority
 *            LOW, NORMAL or HIGH
 * @param transfer
 *            a hand-over waiting for the receiving side, else null
 * @param assessment
 *            the needs assessment (Bedarfserhebung), null until done
 * @param phaseHistory
 *            every phase the case was in and since when, oldest first: how long cases take to reach a phase, when
 *            they closed
 */
public record CaseState(UUID id, String number, String subregion, UUID municipalityId, UUID quarterId,
        UUID accommodationId, String phase, String closedReason, String caseManager, String priority,
        LocalDate nextReview, OffsetDateTime openedAt, Transfer transfer, List<Member> members,
        List<Participation> participations, List<Consent> consents, Assessment assessment, List<Need> needs,
        List<Goal> goals, List<Conference> conferences, List<Note> notes, List<Referral> referrals,
        List<PhaseStep> phaseHistory) {

    /** The case entered {@code phase} at {@code since}. */
    public record PhaseStep(String phase, OffsetDateTime since) {
    }

    /**
     * An authority taking part (Beteiligung).
     *
     * @param authority
     *            JUGENDAMT, SOZIALAMT, JOBCENTER, AUSLAENDERBEHOERDE or another code
     * @param fileReference
     *            that authority's Aktenzeichen
     */
    public record Participation(UUID id, String authority, String contact, String fileReference, LocalDate since,
            LocalDate until) {

        /** Whether the authority takes part on that day. */
        public boolean activeOn(LocalDate day) {
            return !since.isAfter(day) && (until == null || !until.isBefore(day));
        }
    }

    /**
     * What a recipient may see: a consent in written form (§ 67b SGB X, Art. 9 GDPR) or a statutory basis (§ 69 SGB
     * X) with its justification.
     *
     * @param recipientKind
     *            AUTHORITY or PROVIDER
     * @param recipient
     *            the authority code, or the provider code
     * @param legalBasis
     *            CONSENT or STATUTORY_69
     */
    public record Consent(UUID id, String recipientKind, String recipient, List<DataCategory> categories,
            String purpose, String legalBasis, String justification, String documentReference, LocalDate grantedOn,
            LocalDate validUntil, OffsetDateTime revokedAt) {

        /** Whether it allows anything on that day: granted by then, not yet expired, not revoked. */
        public boolean inForceOn(LocalDate day) {
            return revokedAt == null && !grantedOn.isAfter(day) && (validUntil == null || !validUntil.isBefore(day));
        }
    }

    /**
     * A person of the household.
     *
     * @param nationality
     *            ISO 3166-1 alpha-2
     * @param languages
     *            with CEFR level (A1…C2, or "native")
     */
    public record Member(UUID id, String firstName, String lastName, LocalDate birthDate, Gender gender,
            String nationality, List<LanguageSkill> languages, ResidenceStatus residenceStatus,
            LocalDate residenceValidUntil, LocalDate arrivalDate) {
    }

    public record LanguageSkill(String code, String level) {
    }

    /**
     * A hand-over to another case manager or sub-region, waiting to be accepted or rejected by the receiving side.
     *
     * @param toMunicipalityId
     *            where the household lives now, when the case moves to another sub-region
     */
    public record Transfer(String toSubregion, UUID toMunicipalityId, String toCaseManager, String reason,
            String requestedBy, OffsetDateTime requestedAt) {
    }

    /**
     * The standardised questionnaire on arrival: family status, schooling, vocational qualifications, language skills
     * (from the members' languages), leisure interests.
     *
     * @param familyStatus
     *            SINGLE, MARRIED, PARTNERSHIP, SEPARATED, WIDOWED or SINGLE_PARENT
     */
    public record Assessment(LocalDate assessedOn, String familyStatus, List<MemberAssessment> members,
            List<String> leisureInterests, String assessedBy) {
    }

    /**
     * @param schooling
     *            NONE, PRIMARY, SECONDARY, UPPER_SECONDARY or TERTIARY
     * @param employment
     *            EMPLOYED, UNEMPLOYED, IN_TRAINING or NOT_IN_LABOUR_MARKET
     * @param inChildcareOrSchool
     *            the child attends a Kita or school
     * @param healthSupport
     *            health care support is needed (Art. 9 GDPR: only with consent for HEALTH)
     */
    public record MemberAssessment(UUID memberId, String schooling, Integer yearsOfSchooling,
            String vocationalQualification, Boolean qualificationRecognised, String employment,
            Boolean inChildcareOrSchool, Boolean healthSupport) {
    }

    /**
     * A need found by the assessment (or added by the case manager).
     *
     * @param kind
     *            LANGUAGE_COURSE, CHILDCARE, SCHOOL, VOCATIONAL_TRAINING, RECOGNITION, WORK, HOUSING, HEALTH,
     *            COUNSELLING or LEISURE
     * @param category
     *            which consent covers it
     * @param derived
     *            found by the assessment's rules rather than added by hand
     * @param closedOn
     *            the day the case manager closed it; null while it is open
     * @param closedReason
     *            why: MET, NO_LONGER_NEEDED, DECLINED, MET_ELSEWHERE or OTHER
     * @param closedNote
     *            the case manager's words on it, optional
     */
    public record Need(UUID id, String kind, DataCategory category, UUID memberId, boolean derived,
            String comment, LocalDate closedOn, String closedReason, String closedNote) {

        /** A need nobody has closed yet. */
        public static Need open(UUID id, String kind, DataCategory category, UUID memberId, boolean derived,
                String comment) {
            return new Need(id, kind, category, memberId, derived, comment, null, null, null);
        }

        /** Still to be met: counted as open, offered to goals and referrals. */
        @JsonIgnore
        public boolean isOpen() {
            return closedOn == null;
        }

        /** The same need with the closing (or its absence) of {@code previous}: closing survives a new assessment. */
        public Need withClosingOf(Need previous) {
            return new Need(id, kind, category, memberId, derived, comment, previous.closedOn, previous.closedReason,
                    previous.closedNote);
        }
    }

    /**
     * A goal of the support plan (Hilfeplan).
     *
     * @param status
     *            OPEN, ACHIEVED or DROPPED
     */
    public record Goal(UUID id, String title, DataCategory category, UUID needId, String status,
            List<Measure> measures) {
    }

    /**
     * A step towards a goal, owned by one authority.
     *
     * @param status
     *            PLANNED, IN_PROGRESS, DONE or CANCELLED
     * @param conferenceId
     *            the case conference that decided it, if any
     */
    public record Measure(UUID id, String description, String responsibleAuthority, LocalDate dueDate,
            String status, LocalDate endedOn, UUID conferenceId, OffsetDateTime createdAt) {
    }

    /** A cross-authority case conference (Fallkonferenz) and what it decided. */
    public record Conference(UUID id, LocalDate heldOn, List<String> participants, List<Decision> decisions,
            String minutesBy) {
    }

    /**
     * A decision of a case conference and the measure it became.
     *
     * @param category
     *            that of the measure's goal: who may see the decision is decided like for the goal
     */
    public record Decision(String text, DataCategory category, UUID measureId) {
    }

    /**
     * A note (Aktenvermerk).
     *
     * @param visibility
     *            ALL_PARTICIPANTS (every authority whose consent covers the category) or OWN_AUTHORITY
     * @param authorAuthority
     *            the authority of the writer; null for the KIM case management
     * @param confided
     *            confided to the Jugendamt (§ 65 SGB VIII): shown to nobody else unless released
     * @param release
     *            the recorded § 65 (1) basis on which a confided note was passed on, else null
     */
    public record Note(UUID id, DataCategory category, String text, String visibility, String authorAuthority,
            String author, OffsetDateTime writtenAt, boolean confided, Release release) {
    }

    /**
     * @param basis
     *            CONSENT_OF_CONFIDER, COURT_ORDER, CHILD_PROTECTION_8A (§ 65 (1) Nr. 1, 2, 4 SGB VIII)
     */
    public record Release(String basis, String justification, String releasedBy, OffsetDateTime releasedAt) {
    }

    /**
     * A referral (Vermittlung) of a household member to an offer, as far as the provider has answered.
     *
     * @param status
     *            REQUESTED, then the provider's ACCEPTED, WAITLISTED, DECLINED, STARTED, COMPLETED or DROPPED_OUT
     * @param statusVersion
     *            the version of the provider's last answer applied
     */
    public record Referral(UUID id, UUID offerId, String offerTitle, UUID memberId, UUID needId,
            DataCategory category, String status, String reason, Integer waitlistPosition, OffsetDateTime requestedAt,
            OffsetDateTime statusAt, long statusVersion) {
    }
}
