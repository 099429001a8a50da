package de.kim.regions.staffing.service;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import de.kim.platform.api.Page;
import de.kim.platform.api.PageParams;
import de.kim.platform.api.QueryFilter;
import de.kim.platform.events.contract.regions.RegionEvents;
import de.kim.platform.events.contract.regions.TeamMemberState;
import de.kim.platform.problem.ApiProblem;
import de.kim.regions.common.ReferenceDataService;
import de.kim.regions.common.References;
import de.kim.regions.staffing.api.TeamMemberInput;
import de.kim.regions.staffing.domain.TeamMember;
import de.kim.regions.staffing.domain.TeamRole;
import de.kim.regions.subregion.domain.Subregion;

/** The coordinators and case managers of each sub-region. */
@ApplicationScoped
public class TeamMemberService extends ReferenceDataService<TeamMember, TeamMemberState, TeamMemberInput> {

    private static final Set<String> SORTABLE = Set.of("displayName", "role");

    TeamMemberService() {
        super(TeamMember.class, RegionEvents.TEAM_MEMBER, "team member");
    }

    @Transactional
    public Page<TeamMemberState> list(String subregion, TeamRole role, PageParams page) {
        QueryFilter filter = new QueryFilter()
                .and("subregion.code = :subregion", "subregion", subregion)
                .and("role = :role", "role", role);
        return page.fetch(TeamMember.find(filter.query(), page.sort(SORTABLE, "displayName"), filter.parameters()),
                this::toState);
    }

    @Override
    protected void apply(TeamMember member, TeamMemberInput input) {
        Subregion subregion = References.subregion(input.subregion(), "subregion");
        access.requireSubregion(subregion.code);
        boolean taken = TeamMember.count("subject = ?1 and subregion = ?2 and role = ?3 and id <> ?4",
                input.subject(), subregion, input.role(), member.id) > 0;
        if (taken) {
            throw ApiProblem.conflict("This person has this role in this sub-region already.");
        }
        member.subject = input.subject();
        member.displayName = input.displayName();
        member.phone = input.phone();
        member.email = input.email();
        member.subregion = subregion;
        member.role = input.role();
    }

    @Override
    protected String subregionOf(TeamMember member) {
        return member.subregion.code;
    }

    @Override
    protected TeamMember newEntity() {
        return new TeamMember();
    }

    @Override
    public TeamMemberState toState(TeamMember member) {
        return new TeamMemberState(member.id, member.subject, member.displayName, member.phone, member.email,
                member.subregion.code, member.role.name());
    }
}
