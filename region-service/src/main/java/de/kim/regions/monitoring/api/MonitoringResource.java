package de.kim.regions.monitoring.api;

import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import de.kim.platform.events.contract.facts.CaseFacts;
import de.kim.platform.problem.ApiProblem;
import de.kim.platform.security.Roles;
import de.kim.regions.monitoring.domain.Area;
import de.kim.regions.monitoring.domain.Dimension;
import de.kim.regions.monitoring.domain.Indicator;
import de.kim.regions.monitoring.service.GapAnalysis;
import de.kim.regions.monitoring.service.MonitoringAccess;
import de.kim.regions.monitoring.service.MonitoringRebuild;
import de.kim.regions.monitoring.service.MonitoringTables;
import de.kim.regions.monitoring.service.ProgrammeReports;
import de.kim.regions.monitoring.service.TableRequest;

@Path("/api/monitoring")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Monitoring", description = "Small-area social monitoring and programme reports: counts only, small"
        + " counts suppressed")
@RolesAllowed({Roles.ANALYST, Roles.COORDINATOR, Roles.ADMIN})
public class MonitoringResource {

    private final MonitoringTables tables;
    private final GapAnalysis gaps;
    private final ProgrammeReports reports;
    private final MonitoringRebuild rebuild;
    private final MonitoringAccess access;

    MonitoringResource(MonitoringTables tables, GapAnalysis gaps, ProgrammeReports reports,
            MonitoringRebuild rebuild, MonitoringAccess access) {
        this.tables = tables;
        this.gaps = gaps;
        this.reports = reports;
        this.rebuild = rebuild;
        this.access = access;
    }

    @GET
    @Path("/indicators")
    @Operation(summary = "List the monitoring tables", description = "Analysts, coordinators, admins. Each with the"
            + " dimensions it can be broken down and filtered by.")
    public List<IndicatorInfo> indicators() {
        return Arrays.stream(Indicator.values()).map(IndicatorInfo::of).toList();
    }

    @GET
    @Path("/tables/{indicator}")
    @Operation(summary = "Get a monitoring table", description = "Analysts and admins: the whole district;"
            + " coordinators: their sub-region. Counts under the threshold and the cells that would reveal them are"
            + " suppressed.")
    public MonitoringTable table(@PathParam("indicator") String indicator, @BeanParam TableParams params) {
        return tables.table(request(indicator, params));
    }

    @GET
    @Path("/tables/{indicator}.csv")
    @Produces(TableCsv.MEDIA_TYPE)
    @Operation(summary = "Export a monitoring table as CSV", description = "As the table, one line per cell and"
            + " total (row, column, value, suppressed).")
    @APIResponse(responseCode = "200", description = "The table", content = @Content(mediaType = TableCsv.MEDIA_TYPE, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)))
    public Response csv(@PathParam("indicator") String indicator, @BeanParam TableParams params) {
        MonitoringTable table = tables.table(request(indicator, params));
        return Response.ok(TableCsv.of(table), TableCsv.MEDIA_TYPE + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"kim-" + table.indicator() + ".csv\"").build();
    }

    @GET
    @Path("/gaps")
    @Operation(summary = "Needs against offers per area", description = "Analysts and admins: the whole district;"
            + " coordinators: their sub-region. Rows: subregion, municipality or quarter.")
    public Gaps gaps(@QueryParam("rows") String rows, @QueryParam("subregion") String subregion,
            @QueryParam("municipalityId") UUID municipalityId) {
        Dimension dimension = rows == null ? Dimension.MUNICIPALITY : dimension(rows);
        return gaps.gaps(dimension, new Area(access.subregion(subregion), municipalityId, null, null));
    }

    @GET
    @Path("/reports/programme")
    @Operation(summary = "Programme report of a sub-region", description = "Analysts and admins: any sub-region;"
            + " coordinators: their own. Cases opened, closed and active in the period, authorities, referrals and"
            + " their outcomes, gaps.")
    public ProgrammeReport programme(@QueryParam("subregion") String subregion, @QueryParam("from") String from,
            @QueryParam("to") String to) {
        String scoped = access.subregion(subregion);
        if (scoped == null) {
            throw ApiProblem.invalid("subregion", "required", "is required: the report is per sub-region");
        }
        YearMonth[] period = TableParams.months(from, to, now());
        return reports.report(scoped, period[0], period[1]);
    }

    @POST
    @Path("/rebuild")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Count everything again from the topics", description = "Admins only. Replays kim.offers.v1"
            + " and kim.case-facts.v1 from the start; readers see the old counts until the new ones are complete.")
    @APIResponse(responseCode = "200", description = "Rebuilt", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MonitoringRebuild.RebuildReport.class)))
    public MonitoringRebuild.RebuildReport rebuild() {
        return rebuild.rebuild();
    }

    private TableRequest request(String path, TableParams params) {
        Indicator indicator = Indicator.byPath(path)
                .orElseThrow(
                        () -> ApiProblem.notFound("No monitoring table " + path + "; see /api/monitoring/indicators."));
        TableRequest request = params.toRequest(indicator, now());
        return request.withSubregion(access.subregion(request.area().subregion()));
    }

    private static Dimension dimension(String value) {
        try {
            return Dimension.fromParameter(value);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.invalid("rows", "one-of", "must be subregion, municipality or quarter");
        }
    }

    private static YearMonth now() {
        return YearMonth.now(CaseFacts.DISTRICT);
    }
}
