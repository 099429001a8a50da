package de.kim.cases.audit;

/** Why personal data was read or changed: the purpose of the processing an audit entry belongs to. */
public enum AccessPurpose {
    /** The KIM case management (case managers, coordinators) working the household's case. */
    CASE_MANAGEMENT,
    /** An authority reading or adding to its consent-based view of the case. */
    AUTHORITY_VIEW,
    /** A service applying another service's event to the case (e.g. a provider's answer). */
    EVENT_PROCESSING,
    /** The data-protection officer answering a data subject's request (GDPR Art. 15). */
    DATA_SUBJECT_REQUEST,
    /** Anonymisation of a closed case after its retention period (§ 84 SGB X). */
    RETENTION
}
