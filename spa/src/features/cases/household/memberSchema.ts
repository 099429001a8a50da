import { z } from 'zod';
import { zHouseholdMemberInput } from '../../../api/generated/case-service.zod';
import { pastDate, pastOrPresentDate } from '../../../forms/schemas';
import type { Member } from '../caseTypes';

/** A language row nobody filled in (a new person starts with one) is left out, not refused. */
function withoutBlankRows(rows: unknown) {
  return Array.isArray(rows) ? rows.filter((row) => row && (row.code || row.level)) : rows;
}

/** A person as the form edits them: the API's schema, plus what it checks beyond the schema (dates in the past). */
export const memberSchema = zHouseholdMemberInput.omit({ id: true }).extend({
  birthDate: pastDate.optional(),
  arrivalDate: pastOrPresentDate.optional(),
  languages: z.preprocess(withoutBlankRows, zHouseholdMemberInput.shape.languages),
});

export type MemberValues = z.infer<typeof memberSchema>;

/**
 * The form's values for a person: every field present (empty for none), so the form knows all its fields; a new
 * person starts with one language row to fill in.
 */
export function memberValues(member?: Member) {
  return {
    firstName: member?.firstName ?? '',
    lastName: member?.lastName ?? '',
    birthDate: member?.birthDate ?? '',
    gender: member?.gender ?? '',
    nationality: member?.nationality ?? '',
    languages: member
      ? (member.languages ?? []).map((skill) => ({ code: skill.code ?? '', level: skill.level ?? '' }))
      : [{ code: '', level: '' }],
    residenceStatus: member?.residenceStatus ?? '',
    residenceValidUntil: member?.residenceValidUntil ?? '',
    arrivalDate: member?.arrivalDate ?? '',
  };
}

/** "members[2].languages[0].code" → "languages.0.code" for the person at index 2 of the body; others: not this form's. */
export function memberFieldOf(index: number) {
  return (apiPath: string) => {
    const match = /^members\[(\d+)\]\.(.+)$/.exec(apiPath);
    return match && Number(match[1]) === index ? match[2].replace(/\[(\d+)\]/g, '.$1') : undefined;
  };
}
