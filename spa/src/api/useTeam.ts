import { call, regions, type RegionSchemas } from './client';
import { useLoad } from './useLoad';

type TeamMember = RegionSchemas['TeamMemberState'];

let team: Promise<TeamMember[]> | undefined;

/** Loads the team once per page load: case managers and coordinators of every sub-region. */
function loadTeam(): Promise<TeamMember[]> {
  team ??= call(regions.GET('/api/regions/team-members', { params: { query: { size: 100 } } })).then(
    (page) => page.items ?? [],
    (failure) => {
      team = undefined; // try again next time
      throw failure;
    },
  );
  return team;
}

/** The team, and a person's name for a subject id (cases and transfers name case managers by it; the id while unknown). */
export function useTeam(): { members: TeamMember[]; name: (subject?: string | null) => string } {
  const loaded = useLoad(loadTeam, []);
  const members = loaded.data ?? [];
  return {
    members,
    name: (subject) => (subject ? (members.find((member) => member.subject === subject)?.displayName ?? subject) : '–'),
  };
}
