package de.kim.platform.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list answer, with what a client needs to fetch the others. */
@Schema(description = "One page of results")
public record Page<T>(List<T> items, int page, int size, long total) {
}
