package de.kim.regions.contactpoint.api;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import de.kim.platform.events.contract.regions.ContactPointState;

/**
 * A contact point with an opening: the one in progress or the next one.
 *
 * @param opens
 *            local time in Germany with its offset, e.g. 2027-03-29T15:00+02:00
 */
@Schema(name = "ContactPointOpening")
public record OpenContactPoint(ContactPointState contactPoint, OffsetDateTime opens, OffsetDateTime closes) {
}
