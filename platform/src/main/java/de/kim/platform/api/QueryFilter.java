package de.kim.platform.api;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The optional filters of a list operation as one Panache query: conditions whose value the caller left out are
 * dropped.
 */
public final class QueryFilter {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new HashMap<>();

    /** Adds {@code condition} (using {@code :name}) only when {@code value} is given. */
    public QueryFilter and(String condition, String name, Object value) {
        if (value != null) {
            conditions.add(condition);
            parameters.put(name, value);
        }
        return this;
    }

    public String query() {
        return String.join(" and ", conditions);
    }

    public Map<String, Object> parameters() {
        return parameters;
    }
}
