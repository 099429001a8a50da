package de.kim.regions.responsibility.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import de.kim.platform.events.contract.regions.MunicipalityState;
import de.kim.platform.events.contract.regions.PostState;
import de.kim.platform.events.contract.regions.QuarterState;
import de.kim.platform.events.contract.regions.SubregionState;
import de.kim.platform.events.contract.regions.TeamMemberState;
import de.kim.regions.contactpoint.api.OpenContactPoint;

/**
 * Who is responsible for a place: its sub-region with the coordinators and the case-management team, the municipality's
 * posts, and the contact points of the area with their next opening (soonest first).
 */
@Schema(name = "Responsibility")
public record Responsibility(SubregionState subregion, MunicipalityState municipality, QuarterState quarter,
        List<TeamMemberState> coordinators, List<TeamMemberState> caseManagers, List<PostState> posts,
        List<OpenContactPoint> contactPoints) {
}
