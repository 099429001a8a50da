package de.kim.regions.monitoring.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Needs of open cases against active offers, per area and need kind.
 *
 * @param needs
 *            the open needs as a suppressed table (rows: the areas, columns: the need kinds)
 * @param offers
 *            active offers meeting each need, in the same rows and columns (offers are public: never suppressed)
 * @param gaps
 *            true where there may be needs and there is no offer: a suppressed count counts as needs (it is almost
 *            always one; saying which suppressed counts are zero would help undo the suppression)
 */
@Schema(description = "Open needs (suppressed like every count of people) against active offers per area and need"
        + " kind; a gap is a need without an offer in the area.")
public record Gaps(MonitoringTable needs, List<List<Long>> offers, List<List<Boolean>> gaps, int gapCount) {
}
