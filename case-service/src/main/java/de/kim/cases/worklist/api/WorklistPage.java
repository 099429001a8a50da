package de.kim.cases.worklist.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Paging of the worklist: its order is its own (urgency, or relevance of a search), so it takes no sort. */
public class WorklistPage {

    @QueryParam("page")
    @DefaultValue("0")
    @Min(0)
    @Max(100_000)
    @Parameter(description = "Page number, from 0")
    public int page;

    @QueryParam("size")
    @DefaultValue("50")
    @Min(1)
    @Max(100)
    @Parameter(description = "Cases per page, 1 to 100; default 50")
    public int size;
}
