package de.kim.platform.events.contract.cases;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import de.kim.platform.vocabulary.DataCategory;
import de.kim.platform.vocabulary.Gender;
import de.kim.platform.vocabulary.ResidenceStatus;

/**
 * A case (Fall) with its household.
 *
 * @param number e.g. KIM-NORD-2026-000123: sub-region, year, consecutive number
 * @param phase ANKOMMEN, ORIENTIERUNG, EINGEWOEHNUNG, INTEGRATION or CLOSED (then with a reason)
 * @param caseManager the identity-provider subject of the responsible case manager
 * @param priority LOW, NORMAL or HIGH
 */
public record CaseState(UUID id, String number, String subregion, UUID municipalityId, UUID quarterId, String phase,
        String closedReason, String caseManager, String priority, LocalDate nextReview, OffsetDateTime openedAt,
        List<Member> members, List<Participation> participations, List<Consent> consents) {

    /**
     * An authority taking part (Beteiligung).
     *
     * @param authority JUGENDAMT, SOZIALAMT, JOBCENTER, AUSLAENDERBEHOERDE or another code
     * @param fileReference that authority's Aktenzeichen
     */
    public record Participation(UUID id, String authority, String contact, String fileReference, LocalDate since,
            LocalDate until) {
    }

    /**
     * What a recipient may see: a consent in written form (§ 67b SGB X, Art. 9 GDPR) or a statutory
     * basis (§ 69 SGB X) with its justification.
     *
     * @param recipientKind AUTHORITY or PROVIDER
     * @param legalBasis CONSENT or STATUTORY_69
     */
    public record Consent(UUID id, String recipientKind, String recipient, List<DataCategory> categories,
            String purpose, String legalBasis, String justification, String documentReference, LocalDate grantedOn,
            LocalDate validUntil, OffsetDateTime revokedAt) {
    }

    /**
     * A person of the household.
     *
     * @param nationality ISO 3166-1 alpha-2
     * @param languages with CEFR level (A1…C2, or "native")
     */
    public record Member(UUID id, String firstName, String lastName, LocalDate birthDate, Gender gender,
            String nationality, List<LanguageSkill> languages, ResidenceStatus residenceStatus,
            LocalDate residenceValidUntil, LocalDate arrivalDate) {
    }

    public record LanguageSkill(String code, String level) {
    }
}
