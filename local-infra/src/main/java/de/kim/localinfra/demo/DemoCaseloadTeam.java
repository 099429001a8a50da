package de.kim.localinfra.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The made-up case managers of the synthetic demo caseload, as team members of each sub-region. The case-service's
 * generator (de.kim.cases.demo.CaseManagers) shares the households among the team it finds, about 60 each, and names
 * any it still needs the same way: "Demo-Fallmanagement Nord 3", subject demo-fallmanagement-nord-3. Their phone
 * numbers lie in the range the Bundesnetzagentur keeps for fiction (+49 221 4710-…), the e-mails under .example.
 */
final class DemoCaseloadTeam {

    /** The generator's size when the switch is just "on". */
    static final int DEFAULT_HOUSEHOLDS = 3000;
    /** Cases per case manager the generator aims at. */
    private static final int CASES_PER_MANAGER = 60;
    /** The largest share of the households one sub-region gets (Mitte, by population). */
    private static final double LARGEST_SHARE = 0.45;
    private static final Map<String, String> NAMES = Map.of("NORD", "Nord", "MITTE", "Mitte", "SUED", "Süd");
    private static final Map<String, Integer> PHONE_BLOCKS = Map.of("NORD", 500, "MITTE", 600, "SUED", 700);

    private DemoCaseloadTeam() {
    }

    static List<JsonNode> members(JsonNode subregions, int households) {
        ObjectMapper json = new ObjectMapper();
        int perSubregion = Math.min(99, (int) Math.ceil(households * LARGEST_SHARE / CASES_PER_MANAGER));
        List<JsonNode> members = new ArrayList<>();
        for (JsonNode subregion : subregions) {
            String code = subregion.get("code").asText();
            String label = NAMES.getOrDefault(code, code);
            for (int n = 1; n <= perSubregion; n++) {
                String subject = "demo-fallmanagement-" + code.toLowerCase(Locale.ROOT) + "-" + n;
                ObjectNode member = json.createObjectNode().put("subject", subject)
                        .put("displayName", "Demo-Fallmanagement " + label + " " + n)
                        .put("phone", "+49 221 4710-" + (PHONE_BLOCKS.getOrDefault(code, 800) + n))
                        .put("email", subject + "@kreis-unna.example").put("subregion", code)
                        .put("role", "CASE_MANAGER");
                members.add(member);
            }
        }
        return members;
    }
}
