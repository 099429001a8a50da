package de.kim.regions.staffing.service;

import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import de.kim.platform.api.Etags;
import de.kim.platform.api.Page;
import de.kim.platform.api.PageParams;
import de.kim.platform.api.QueryFilter;
import de.kim.platform.api.Versioned;
import de.kim.platform.events.contract.regions.RegionEvents;
import de.kim.platform.events.contract.regions.TeamMemberState;
import de.kim.platform.events.outbox.Outbox;
import de.kim.platform.problem.ApiProblem;
import de.kim.regions.common.References;
import de.kim.regions.common.WriteAccess;
import de.kim.regions.staffing.api.TeamMemberInput;
import de.kim.regions.staffing.domain.TeamMember;
import de.kim.regions.staffing.domain.TeamRole;
import de.kim.regions.subregion.domain.Subregion;

/** The coordinators and case managers of each sub-region. */
@ApplicationScoped
public class TeamMemberService {

    private static final Set<String> SORTABLE = Set.of("displayName", "role");

    private final Outbox outbox;
    private final WriteAccess access;

    TeamMemberService(Outbox outbox, WriteAccess access) {
        this.outbox = outbox;
        this.access = access;
    }

    @Transactional
    public Page<TeamMemberState> list(String subregion, TeamRole role, PageParams page) {
        QueryFilter filter = new QueryFilter()
                .and("subregion.code = :subregion", "subregion", subregion)
                .and("role = :role", "role", role);
        return page.fetch(TeamMember.find(filter.query(), page.sort(SORTABLE, "displayName"), filter.parameters()),
                TeamMemberService::toState);
    }

    @Transactional
    public Versioned<TeamMemberState> get(UUID id) {
        return versioned(find(id));
    }

    @Transactional
    public Versioned<TeamMemberState> create(TeamMemberInput input) {
        TeamMember member = new TeamMember();
        member.id = UUID.randomUUID();
        return save(member, input);
    }

    @Transactional
    public Versioned<TeamMemberState> update(UUID id, long expectedVersion, TeamMemberInput input) {
        TeamMember member = find(id);
        access.requireSubregion(member.subregion.code);
        Etags.requireCurrent(expectedVersion, member.version);
        return save(member, input);
    }

    @Transactional
    public void delete(UUID id, long expectedVersion) {
        TeamMember member = find(id);
        access.requireSubregion(member.subregion.code);
        Etags.requireCurrent(expectedVersion, member.version);
        member.delete();
        outbox.appendTombstone(RegionEvents.TEAM_MEMBER, id.toString(), member.version + 1);
    }

    private Versioned<TeamMemberState> save(TeamMember member, TeamMemberInput input) {
        Subregion subregion = References.subregion(input.subregion(), "subregion");
        access.requireSubregion(subregion.code);
        boolean taken = TeamMember.count("subject = ?1 and subregion = ?2 and role = ?3 and id <> ?4",
                input.subject(), subregion, input.role(), member.id) > 0;
        if (taken) {
            throw ApiProblem.conflict("This person has this role in this sub-region already.");
        }
        member.subject = input.subject();
        member.displayName = input.displayName();
        member.subregion = subregion;
        member.role = input.role();
        member.persistAndFlush();
        Versioned<TeamMemberState> result = versioned(member);
        outbox.append(RegionEvents.TEAM_MEMBER, member.id.toString(), result.version(), result.body());
        return result;
    }

    private static TeamMember find(UUID id) {
        TeamMember member = TeamMember.findById(id);
        if (member == null) {
            throw ApiProblem.notFound("No team member with this id.");
        }
        return member;
    }

    private static Versioned<TeamMemberState> versioned(TeamMember member) {
        return new Versioned<>(toState(member), member.version);
    }

    public static TeamMemberState toState(TeamMember member) {
        return new TeamMemberState(member.id, member.subject, member.displayName, member.subregion.code,
                member.role.name());
    }
}
