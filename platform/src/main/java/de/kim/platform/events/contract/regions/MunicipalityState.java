package de.kim.platform.events.contract.regions;

import java.util.UUID;

/**
 * A municipality (Kommune) as published on {@code kim.regions.v1}.
 *
 * @param id
 *            stable id, also the event subject and Kafka key
 * @param ags
 *            the official municipality key (Amtlicher Gemeindeschlüssel, 8 digits)
 * @param name
 *            e.g. "Lünen"
 * @param subregion
 *            the KIM sub-region code: NORD, MITTE or SUED
 */
public record MunicipalityState(UUID id, String ags, String name, String subregion) {
}
