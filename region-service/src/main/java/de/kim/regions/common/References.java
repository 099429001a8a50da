package de.kim.regions.common;

import java.util.UUID;

import de.kim.platform.problem.ApiProblem;
import de.kim.regions.municipality.domain.Municipality;
import de.kim.regions.quarter.domain.Quarter;
import de.kim.regions.subregion.domain.Subregion;

/**
 * Resolves the ids a request refers to. An unknown referenced id is invalid input (422 naming the field), unlike an
 * unknown id in the path (404).
 */
public final class References {

    private References() {
    }

    public static Municipality municipality(UUID id, String field) {
        Municipality municipality = id == null ? null : Municipality.findById(id);
        if (municipality == null) {
            throw ApiProblem.invalid(field, "unknown", "no such municipality");
        }
        return municipality;
    }

    /** The quarter, which must lie in the given municipality; null stays null. */
    public static Quarter quarterIn(Municipality municipality, UUID quarterId, String field) {
        if (quarterId == null) {
            return null;
        }
        Quarter quarter = Quarter.findById(quarterId);
        if (quarter == null || !quarter.municipality.id.equals(municipality.id)) {
            throw ApiProblem.invalid(field, "unknown", "no such quarter in this municipality");
        }
        return quarter;
    }

    public static Subregion subregion(String code, String field) {
        Subregion subregion = code == null ? null : Subregion.findByCode(code);
        if (subregion == null) {
            throw ApiProblem.invalid(field, "unknown", "no such sub-region");
        }
        return subregion;
    }

    /**
     * @throws ApiProblem
     *             409 naming what still refers to the entity
     */
    public static void requireUnreferenced(String entity, long references, String what) {
        if (references > 0) {
            throw ApiProblem.conflict("The " + entity + " cannot be deleted: " + references + " " + what
                    + " still refer to it. Delete or move them first.");
        }
    }
}
