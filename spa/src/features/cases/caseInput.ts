import type { CaseSchemas } from '../../api/client';
import type { CaseState, Member } from './caseTypes';

export type CaseInput = CaseSchemas['CaseInput'];
export type MemberInput = CaseSchemas['HouseholdMemberInput'];

/** A member as the API takes it back: unchanged members are sent as they are (the PUT replaces the household). */
export function memberInput(member: Member): MemberInput {
  return {
    id: member.id,
    firstName: member.firstName ?? '',
    lastName: member.lastName ?? '',
    birthDate: member.birthDate,
    gender: member.gender,
    nationality: member.nationality,
    languages: (member.languages ?? []).map((skill) => ({ code: skill.code ?? '', level: skill.level ?? '' })),
    residenceStatus: member.residenceStatus,
    residenceValidUntil: member.residenceValidUntil,
    arrivalDate: member.arrivalDate,
  };
}

/** The case as the API takes it back (PUT replaces it as a whole), with a change applied to it. */
export function caseInput(state: CaseState, change: Partial<CaseInput> = {}): CaseInput {
  return {
    municipalityId: state.municipalityId ?? '',
    quarterId: state.quarterId,
    accommodationId: state.accommodationId,
    phase: state.phase as CaseInput['phase'],
    closedReason: state.closedReason,
    caseManager: state.caseManager,
    priority: state.priority as CaseInput['priority'],
    nextReview: state.nextReview,
    members: (state.members ?? []).map(memberInput),
    ...change,
  };
}

export function memberName(member?: Pick<Member, 'firstName' | 'lastName'>) {
  return member ? `${member.firstName} ${member.lastName}` : '–';
}

/** The name of the case's household member with this id. */
export function memberNameOf(state: CaseState, memberId?: string | null) {
  return memberName(state.members?.find((member) => member.id === memberId));
}
