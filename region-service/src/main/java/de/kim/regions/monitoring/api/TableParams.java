package de.kim.regions.monitoring.api;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import de.kim.platform.problem.ApiProblem;
import de.kim.regions.monitoring.domain.Area;
import de.kim.regions.monitoring.domain.Dimension;
import de.kim.regions.monitoring.domain.Indicator;
import de.kim.regions.monitoring.service.TableRequest;

/** The query of a monitoring table: breakdown, part of the district, period and attribute filters. */
public class TableParams {

    /** The longest period one table covers. */
    static final int MAX_MONTHS = 120;
    /** More values than any vocabulary has. */
    static final int MAX_VALUES = 20;

    @QueryParam("rows")
    @Parameter(description = "Dimension of the rows: subregion, municipality, quarter, accommodation, month, phase,"
            + " authority, need, gender, age-band, status, offer-category (as far as the indicator has it)")
    public String rows;

    @QueryParam("columns")
    @Parameter(description = "Dimension of the columns (as rows), or none for a single column of counts")
    public String columns;

    @QueryParam("subregion")
    @Parameter(description = "Only this sub-region (code); coordinators always see only their own")
    public String subregion;

    @QueryParam("municipalityId")
    public UUID municipalityId;

    @QueryParam("quarterId")
    public UUID quarterId;

    @QueryParam("accommodationId")
    public UUID accommodationId;

    @QueryParam("from")
    @Parameter(description = "First month counted (YYYY-MM), flows only; default eleven months before 'to'")
    public String from;

    @QueryParam("to")
    @Parameter(description = "Last month counted (YYYY-MM), flows only; default the current month")
    public String to;

    @QueryParam("phase")
    public List<String> phase;

    @QueryParam("authority")
    public List<String> authority;

    @QueryParam("need")
    public List<String> need;

    @QueryParam("gender")
    public List<String> gender;

    @QueryParam("age-band")
    public List<String> ageBand;

    @QueryParam("status")
    @Parameter(description = "Referral states, e.g. STARTED and COMPLETED for those who took part")
    public List<String> status;

    @QueryParam("offer-category")
    @Parameter(description = "Offer categories, e.g. LANGUAGE_COURSE, INTEGRATION_COURSE and LITERACY for language"
            + " courses")
    public List<String> offerCategory;

    TableRequest toRequest(Indicator indicator, YearMonth now) {
        Dimension rowDimension = rows == null ? indicator.defaultRows() : dimension("rows", rows, indicator);
        Dimension columnDimension = columns == null
                ? (rows == null ? indicator.defaultColumns() : null)
                : "none".equals(columns) ? null : dimension("columns", columns, indicator);
        if (rowDimension == columnDimension) {
            throw ApiProblem.invalid("columns", "differ", "must differ from rows");
        }
        YearMonth[] period = period(indicator, now);
        return new TableRequest(indicator, rowDimension, columnDimension,
                new Area(subregion, municipalityId, quarterId, accommodationId), period[0], period[1],
                attributes(indicator));
    }

    private static Dimension dimension(String parameter, String value, Indicator indicator) {
        Dimension dimension;
        try {
            dimension = Dimension.fromParameter(value);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.invalid(parameter, "one-of",
                    "must be one of " + String.join(", ", Dimension.parameterNames()));
        }
        if (!indicator.measure().has(dimension)) {
            throw ApiProblem.invalid(parameter, "not-applicable",
                    indicator.path() + " cannot be broken down by " + value);
        }
        return dimension;
    }

    private YearMonth[] period(Indicator indicator, YearMonth now) {
        if (!indicator.measure().flow()) {
            if (from != null || to != null) {
                throw ApiProblem.invalid(from != null ? "from" : "to", "not-applicable",
                        indicator.path() + " counts what is open now; a period applies to flows only");
            }
            return new YearMonth[2];
        }
        return months(from, to, now);
    }

    /**
     * The months from {@code from} to {@code to} (YYYY-MM, both counted): by default the twelve up to the current one.
     *
     * @return first and last month
     */
    static YearMonth[] months(String from, String to, YearMonth now) {
        YearMonth last = to == null ? now : month("to", to);
        YearMonth first = from == null ? last.minusMonths(11) : month("from", from);
        if (first.isAfter(last)) {
            throw ApiProblem.invalid("from", "not-before", "must not be after to");
        }
        if (first.plusMonths(MAX_MONTHS).isBefore(last.plusMonths(1))) {
            throw ApiProblem.invalid("from", "max", "a table covers at most " + MAX_MONTHS + " months");
        }
        return new YearMonth[]{first, last};
    }

    /** Months from 2000 to 2099: the suite's cases lie there, and nothing outside can overflow a date. */
    private static YearMonth month(String parameter, String value) {
        if (!value.matches("20\\d\\d-(0[1-9]|1[0-2])")) {
            throw ApiProblem.invalid(parameter, "type", "must be a month from 2000-01 to 2099-12, like 2026-01");
        }
        return YearMonth.parse(value);
    }

    private Map<Dimension, List<String>> attributes(Indicator indicator) {
        Map<Dimension, List<String>> filters = new LinkedHashMap<>();
        filter(filters, Dimension.PHASE, phase, indicator);
        filter(filters, Dimension.AUTHORITY, authority, indicator);
        filter(filters, Dimension.NEED, need, indicator);
        filter(filters, Dimension.GENDER, gender, indicator);
        filter(filters, Dimension.AGE_BAND, ageBand, indicator);
        filter(filters, Dimension.STATUS, status, indicator);
        filter(filters, Dimension.OFFER_CATEGORY, offerCategory, indicator);
        return filters;
    }

    private static void filter(Map<Dimension, List<String>> filters, Dimension dimension, List<String> values,
            Indicator indicator) {
        if (values == null || values.isEmpty()) {
            return;
        }
        if (!indicator.measure().has(dimension)) {
            throw ApiProblem.invalid(dimension.parameterName(), "not-applicable",
                    indicator.path() + " has no " + dimension.parameterName());
        }
        if (values.size() > MAX_VALUES) {
            throw ApiProblem.invalid(dimension.parameterName(), "count", "at most " + MAX_VALUES + " values");
        }
        for (String value : values) {
            if (value == null || !value.matches("[A-Z][A-Z0-9_]{0,29}")) {
                throw ApiProblem.invalid(dimension.parameterName(), "pattern", "must be codes like STARTED");
            }
        }
        filters.put(dimension, List.copyOf(values));
    }
}
