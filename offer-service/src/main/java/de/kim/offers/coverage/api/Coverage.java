package de.kim.offers.coverage.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The gap matrix of an area (seed 002): active offers per integration phase and field of action,
 * and per phase and category; a cell without offers is a gap.
 *
 * @param subregion the area asked for, or null
 * @param municipality the area asked for, or null
 */
@Schema(name = "Coverage")
public record Coverage(String subregion, String municipality, List<Cell> byFieldOfAction, List<Cell> byCategory,
        int gaps) {

    /**
     * @param phase an integration phase
     * @param column a field of action (HF1…HF6) or a category, by matrix
     */
    @Schema(name = "CoverageCell")
    public record Cell(String phase, String column, long offers, boolean gap) {
    }
}
