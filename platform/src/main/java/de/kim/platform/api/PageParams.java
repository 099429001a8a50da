package de.kim.platform.api;

import java.util.List;
import java.util.Set;
import java.util.function.Function;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;

import de.kim.platform.problem.ApiProblem;

/** Paging and sorting query parameters of list operations: page from 0, at most 100 per page. */
public class PageParams {

    public static final int MAX_SIZE = 100;

    @QueryParam("page")
    @DefaultValue("0")
    @Min(0)
    @Max(100_000)
    @Parameter(description = "Page number, from 0")
    public int page;

    @QueryParam("size")
    @DefaultValue("20")
    @Min(1)
    @Max(MAX_SIZE)
    @Parameter(description = "Items per page, 1 to 100")
    public int size;

    @QueryParam("sort")
    @Parameter(description = "Field to sort by; prefix with - for descending, e.g. -name")
    public String sort;

    /** Runs the query for the requested page. */
    public <E, T> Page<T> fetch(PanacheQuery<E> query, Function<E, T> mapper) {
        List<T> items = query.page(io.quarkus.panache.common.Page.of(page, size)).list().stream().map(mapper)
                .toList();
        return new Page<>(items, page, size, query.count());
    }

    /** The requested order, or the default; fields outside {@code allowed} are rejected (422). */
    public Sort sort(Set<String> allowed, String defaultField) {
        String requested = sort == null || sort.isBlank() ? defaultField : sort.strip();
        boolean descending = requested.startsWith("-");
        String field = descending ? requested.substring(1) : requested;
        if (!allowed.contains(field)) {
            throw ApiProblem.invalid("sort", "one-of",
                    "must be one of " + String.join(", ", allowed.stream().sorted().toList())
                            + " (with - for descending)");
        }
        Sort order = descending ? Sort.descending(field) : Sort.ascending(field);
        return field.equals("id") ? order : order.and("id");
    }
}
