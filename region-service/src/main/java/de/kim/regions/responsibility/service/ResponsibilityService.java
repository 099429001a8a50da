package de.kim.regions.responsibility.service;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Sort;

import de.kim.platform.events.contract.regions.TeamMemberState;
import de.kim.regions.common.References;
import de.kim.regions.contactpoint.api.OpenContactPoint;
import de.kim.regions.contactpoint.domain.ContactPoint;
import de.kim.regions.contactpoint.service.ContactPointService;
import de.kim.regions.municipality.domain.Municipality;
import de.kim.regions.municipality.service.MunicipalityService;
import de.kim.regions.quarter.domain.Quarter;
import de.kim.regions.quarter.service.QuarterService;
import de.kim.regions.responsibility.api.Responsibility;
import de.kim.regions.staffing.domain.Post;
import de.kim.regions.staffing.domain.TeamMember;
import de.kim.regions.staffing.domain.TeamRole;
import de.kim.regions.staffing.service.PostService;
import de.kim.regions.staffing.service.TeamMemberService;
import de.kim.regions.subregion.domain.Subregion;
import de.kim.regions.subregion.service.SubregionService;

/** Answers "who is responsible here?" for a municipality and, optionally, one of its quarters. */
@ApplicationScoped
public class ResponsibilityService {

    private final SubregionService subregions;
    private final MunicipalityService municipalities;
    private final QuarterService quarters;
    private final ContactPointService contactPoints;
    private final PostService posts;
    private final TeamMemberService teamMembers;

    ResponsibilityService(SubregionService subregions, MunicipalityService municipalities, QuarterService quarters,
            ContactPointService contactPoints, PostService posts, TeamMemberService teamMembers) {
        this.subregions = subregions;
        this.municipalities = municipalities;
        this.quarters = quarters;
        this.contactPoints = contactPoints;
        this.posts = posts;
        this.teamMembers = teamMembers;
    }

    @Transactional
    public Responsibility lookUp(UUID municipalityId, UUID quarterId, Instant now) {
        Municipality municipality = References.municipality(municipalityId, "municipality");
        Quarter quarter = References.quarterIn(municipality, quarterId, "quarter");
        Subregion subregion = municipality.subregion;
        // The quarter's own contact points and the municipality-wide ones (no quarter).
        List<ContactPoint> points = quarter == null
                ? ContactPoint.list("municipality", municipality)
                : ContactPoint.list("municipality = ?1 and (quarter is null or quarter = ?2)", municipality, quarter);
        // All of the area's contact points, soonest opening first; those without office hours last.
        List<OpenContactPoint> openings = points.stream()
                .map(point -> contactPoints.withNextOpening(point, now))
                .sorted(Comparator.comparing(OpenContactPoint::opens, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        return new Responsibility(subregions.toState(subregion), municipalities.toState(municipality),
                quarter == null ? null : quarters.toState(quarter),
                team(subregion, TeamRole.COORDINATOR), team(subregion, TeamRole.CASE_MANAGER),
                Post.<Post>list("municipality", Sort.by("role"), municipality).stream().map(posts::toState).toList(),
                openings);
    }

    private List<TeamMemberState> team(Subregion subregion, TeamRole role) {
        return TeamMember.<TeamMember>list("subregion = ?1 and role = ?2", Sort.by("displayName"), subregion, role)
                .stream().map(teamMembers::toState).toList();
    }
}
