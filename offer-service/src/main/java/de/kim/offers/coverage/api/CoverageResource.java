package de.kim.offers.coverage.api;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import de.kim.offers.coverage.service.CoverageService;
import de.kim.platform.api.CsvCells;
import de.kim.platform.security.Roles;

@Path("/api/offers/coverage")
@Tag(name = "Coverage", description = "Where the support chain has gaps")
@RolesAllowed({Roles.CASE_MANAGER, Roles.COORDINATOR, Roles.AUTHORITY_STAFF, Roles.PROVIDER_STAFF,
        Roles.ANALYST, Roles.ADMIN, Roles.AGENCY_SYSTEM})
public class CoverageResource {

    /** Lower quality than JSON, so clients that accept anything get JSON. */
    public static final String CSV = "text/csv;qs=0.5";

    private final CoverageService coverage;

    CoverageResource(CoverageService coverage) {
        this.coverage = coverage;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Gap matrix of an area", description = "Staff roles. Active offers per integration phase × field of action and per phase × category; cells without offers are gaps. Whole district without area.")
    @APIResponse(responseCode = "200", description = "The matrices")
    public Coverage json(@Parameter(description = "Sub-region code") @QueryParam("subregion") String subregion,
            @QueryParam("municipality") UUID municipality) {
        return coverage.of(subregion, municipality);
    }

    @GET
    @Produces(CSV)
    @Operation(summary = "Gap matrix of an area as CSV", description = "Staff roles. One line per cell: matrix, phase, column, offers, gap.")
    @APIResponse(responseCode = "200", description = "The matrices as CSV")
    public String csv(@QueryParam("subregion") String subregion, @QueryParam("municipality") UUID municipality) {
        Coverage matrices = coverage.of(subregion, municipality);
        StringBuilder csv = new StringBuilder("matrix,phase,column,offers,gap\r\n");
        matrices.byFieldOfAction().forEach(cell -> line(csv, "fieldOfAction", cell));
        matrices.byCategory().forEach(cell -> line(csv, "category", cell));
        return csv.toString();
    }

    private static void line(StringBuilder csv, String matrix, Coverage.Cell cell) {
        csv.append(matrix).append(',').append(CsvCells.field(String.valueOf(cell.phase()))).append(',')
                .append(CsvCells.field(String.valueOf(cell.column()))).append(',').append(cell.offers()).append(',')
                .append(cell.gap()).append("\r\n");
    }
}
