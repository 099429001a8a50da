package de.kim.platform.events.contract.views;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.kim.platform.vocabulary.DataCategory;

/**
 * A case as one authority may see it.
 *
 * @param caseVersion
 *            the case version the view was built from
 * @param categories
 *            the data categories its consent (or statutory basis) covers today
 * @param data
 *            only the fields of those categories, and always the authority's own consents (what its view rests on)
 * @param contact
 *            whom to call about the case: the KIM case manager's name and work contact. Only in the REST answers: staff
 *            contacts change without a case event, so the view topic carries none
 */
public record ViewCase(UUID caseId, long caseVersion, List<DataCategory> categories, Map<String, Object> data,
        Contact contact) {

    /** The case's view without a contact, as the view topic carries it. */
    public ViewCase(UUID caseId, long caseVersion, List<DataCategory> categories, Map<String, Object> data) {
        this(caseId, caseVersion, categories, data, null);
    }

    /** A person of the KIM team to call: name, work phone and e-mail. */
    public record Contact(String name, String phone, String email) {
    }
}
