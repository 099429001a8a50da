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
 *            only the fields of those categories
 */
public record ViewCase(UUID caseId, long caseVersion, List<DataCategory> categories, Map<String, Object> data) {
}
