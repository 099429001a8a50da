package de.kim.offers.offer.api;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One date of an offer's weekly schedule, with the German offset of that day (+01:00 or +02:00), so that its local
 * part reads as on the schedule.
 */
@Schema(name = "OfferDate")
public record OfferDate(@Schema(examples = "2027-03-29T09:00:00+02:00") OffsetDateTime starts,
        @Schema(examples = "2027-03-29T11:00:00+02:00") OffsetDateTime ends) {
}
