package de.kim.platform.api;

/** A representation with the version it was read at: the ETag of its resource. */
public record Versioned<T>(T body, long version) {
}
