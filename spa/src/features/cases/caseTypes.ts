import type { CaseSchemas } from '../../api/client';

export type CaseState = CaseSchemas['CaseState'];
export type Member = CaseSchemas['Member'];

/** What every section of the case page gets: the case, the version changes need (If-Match), and a reload. */
export interface CaseSectionProps {
  state: CaseState;
  etag: string;
  reload: () => void;
}

export function memberName(member?: Member) {
  return member ? `${member.firstName} ${member.lastName}` : '–';
}

/** The name of the case's household member with this id. */
export function memberNameOf(state: CaseState, memberId?: string) {
  return memberName(state.members?.find((member) => member.id === memberId));
}
