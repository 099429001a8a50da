package de.kim.cases.datasubject.service;

import java.time.OffsetDateTime;
import java.util.List;

import de.kim.cases.audit.AuditLog.AuditEntry;
import de.kim.cases.history.CaseHistory;
import de.kim.platform.events.contract.cases.CaseState;
import de.kim.platform.vocabulary.DataCategory;

/**
 * Everything the case-service stores about one person (GDPR Art. 15), per case they belong to. The providers keep
 * their own placements (with the contact, if shared): the referrals here name them.
 *
 * @param cases
 *            empty when nobody matches
 */
public record SubjectExport(OffsetDateTime exportedAt, List<CaseRecord> cases) {

    /**
     * @param data
     *            the case as stored, cut down to this person: other household members, their needs, assessments, the
     *            goals for their needs and their referrals are third parties' data and left out; household-wide parts
     *            (consents, conferences, notes, transfer) are kept whole for the officer to review
     * @param history
     *            every change of the case: when, by whom, what
     * @param accesses
     *            the audit log of the case: who read or changed it, when, for which authority, why
     * @param sharedWith
     *            the authorities whose views show the case now, with the categories they see
     */
    public record CaseRecord(CaseState data, List<CaseHistory.Entry> history, List<AuditEntry> accesses,
            List<SharedWith> sharedWith) {
    }

    public record SharedWith(String authority, List<DataCategory> categories) {
    }
}
