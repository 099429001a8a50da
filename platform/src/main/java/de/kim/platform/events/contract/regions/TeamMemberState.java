package de.kim.platform.events.contract.regions;

import java.util.UUID;

/**
 * A member of a sub-region's KIM team.
 *
 * @param subject
 *            the person's subject id at the identity provider (token {@code sub})
 * @param subregion
 *            code of the sub-region
 * @param role
 *            COORDINATOR or CASE_MANAGER
 * @param phone
 *            work phone, optional: whom authorities and providers call about a case
 * @param email
 *            work e-mail, optional
 */
public record TeamMemberState(UUID id, String subject, String displayName, String phone, String email,
        String subregion, String role) {
}
