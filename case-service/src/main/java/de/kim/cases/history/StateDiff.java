package de.kim.cases.history;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Which fields differ between two states, as paths such as {@code phase} or {@code members[<id>].lastName}. Lists of
 * things with an id are matched by id, so removing the first member does not read as a change of all others. Values
 * are left out on purpose: the history says who changed what, the case holds the data.
 */
final class StateDiff {

    /** Enough to say what a change was about; a case rewritten completely reads as "…" after this many. */
    private static final int MAX_PATHS = 100;
    /** Fields that only follow others: the phase history grows whenever the phase changes, which is listed. */
    private static final Set<String> FOLLOWING = Set.of("phaseHistory");

    private StateDiff() {
    }

    static List<String> paths(JsonNode before, JsonNode after) {
        Set<String> paths = new LinkedHashSet<>();
        compare("", before, after, paths);
        List<String> result = new ArrayList<>(paths);
        if (result.size() > MAX_PATHS) {
            result = new ArrayList<>(result.subList(0, MAX_PATHS));
            result.add("…");
        }
        return result;
    }

    private static void compare(String path, JsonNode before, JsonNode after, Set<String> paths) {
        if (before == null || after == null || before.isNull() || after.isNull()) {
            if (!isEmpty(before) || !isEmpty(after)) {
                paths.add(path);
            }
            return;
        }
        if (before.isObject() && after.isObject()) {
            Set<String> fields = new LinkedHashSet<>();
            before.fieldNames().forEachRemaining(fields::add);
            after.fieldNames().forEachRemaining(fields::add);
            if (path.isEmpty()) {
                fields.removeAll(FOLLOWING);
            }
            for (String field : fields) {
                compare(path.isEmpty() ? field : path + "." + field, before.get(field), after.get(field), paths);
            }
        } else if (before.isArray() && after.isArray() && identified(before) && identified(after)) {
            Map<String, JsonNode> old = byId(before);
            Map<String, JsonNode> now = byId(after);
            Set<String> ids = new LinkedHashSet<>(old.keySet());
            ids.addAll(now.keySet());
            for (String id : ids) {
                String element = path + "[" + id + "]";
                if (!old.containsKey(id) || !now.containsKey(id)) {
                    paths.add(element);
                } else {
                    compare(element, old.get(id), now.get(id), paths);
                }
            }
        } else if (!before.equals(after)) {
            paths.add(path);
        }
    }

    private static boolean isEmpty(JsonNode node) {
        return node == null || node.isNull() || (node.isContainerNode() && node.isEmpty());
    }

    private static boolean identified(JsonNode array) {
        for (JsonNode element : array) {
            if (!element.isObject() || !element.hasNonNull("id")) {
                return false;
            }
        }
        return true;
    }

    private static Map<String, JsonNode> byId(JsonNode array) {
        Map<String, JsonNode> byId = new HashMap<>();
        for (Iterator<JsonNode> it = array.elements(); it.hasNext();) {
            JsonNode element = it.next();
            byId.put(element.get("id").asText(), element);
        }
        return byId;
    }
}
