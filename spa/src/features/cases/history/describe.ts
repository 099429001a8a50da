import type { TFunction } from 'i18next';
import type { CaseSchemas } from '../../../api/client';

export type Change = CaseSchemas['Change'];
export type Actor = CaseSchemas['Actor'];

/** What the history needs to put values into words: dates, enum labels, names of countries, languages, providers. */
export interface Words {
  t: TFunction;
  date: (iso?: string | null) => string;
  label: (kind: string, value?: string | null) => string;
  country: (code?: string | null) => string;
  language: (code?: string | null) => string;
  provider: (code?: string | null) => string;
}

/** Which enumeration or kind of value a field holds, so that "RECOGNISED_REFUGEE" reads "Anerkannter Flüchtling". */
const FIELD_KINDS: Record<string, string> = {
  'case.phase': 'CasePhase',
  'case.priority': 'Priority',
  'member.gender': 'Gender',
  'member.residenceStatus': 'ResidenceStatus',
  'goal.status': 'GoalStatus',
  'goal.category': 'DataCategory',
  'measure.status': 'MeasureStatus',
  'measure.responsibleAuthority': 'Authority',
  'referral.added': 'ReferralStatus',
  'referral.status': 'ReferralStatus',
  'need.closed': 'NeedClosingReason',
  'need.reopened': 'NeedClosingReason',
  'note.released': 'ReleaseBasis',
};
const DATES = new Set([
  'case.nextReview',
  'member.birthDate',
  'member.residenceValidUntil',
  'member.arrivalDate',
  'participation.until',
  'consent.validUntil',
  'measure.dueDate',
  'measure.endedOn',
  'assessment.recorded',
]);

/** A value of a change in words. */
function value(words: Words, change: Change, raw?: string | null): string {
  if (raw === undefined || raw === null || raw === '') return words.t('history.none');
  const where = `${change.subject}.${change.field}`;
  if (DATES.has(where)) return words.date(raw);
  if (where === 'member.nationality') return words.country(raw);
  if (where === 'member.languages') {
    return raw
      .split(', ')
      .map((skill) => {
        const [code, level] = skill.split(':');
        return `${words.language(code)} (${words.label('LanguageLevel', level)})`;
      })
      .join(', ');
  }
  if (change.subject === 'consent' && (change.field === 'added' || change.field === 'revoked')) {
    return raw
      .split(', ')
      .map((category) => words.label('DataCategory', category))
      .join(', ');
  }
  if (change.subject === 'conference') {
    return raw
      .split(', ')
      .map((authority) => words.label('Authority', authority))
      .join(', ');
  }
  const kind = FIELD_KINDS[where];
  return kind ? words.label(kind, raw) : raw;
}

/** Whom a thing is labelled by, in words: authorities with their article, needs and categories by their names. */
function labelOf(words: Words, change: Change): string {
  const label = change.label ?? '';
  switch (change.subject) {
    case 'participation':
      return words.label('AuthorityWithArticle', label);
    case 'consent':
      return /^[A-Z_]+$/.test(label) ? words.label('AuthorityWithArticle', label) : words.provider(label);
    case 'need':
      return words.label('NeedKind', label);
    case 'note':
      return words.label('DataCategory', label);
    case 'conference':
      return words.date(label);
    default:
      return label;
  }
}

/**
 * One change as a sentence: "Geburtsdatum von Amira Haddad geändert: 12.04.1990 → 21.04.1990", "Einwilligung für das
 * Jobcenter erteilt (Bildung und Arbeit)". Unknown combinations still read as a sentence, never as a path.
 */
export function describeChange(words: Words, change: Change): string {
  const { t } = words;
  const params = {
    label: labelOf(words, change),
    of: change.of ?? t('history.household'),
    field: t(`problem.label.${change.field}`, { defaultValue: change.field }),
    from: value(words, change, change.from),
    to: value(words, change, change.to),
    authority: change.of ? words.label('Authority', change.of) : t('history.caseManagement'),
    basis: change.of ? words.label('LegalBasis', change.of) : '',
  };
  const specific = `history.change.${change.subject}.${change.field}`;
  if (change.subject === 'member' && !['added', 'removed'].includes(change.field ?? '')) {
    return t([specific, 'history.change.member.field'], params);
  }
  if (change.subject === 'consent' && change.field === 'added' && change.of === 'STATUTORY_69') {
    return t('history.change.consent.statutory', params);
  }
  return t([specific, `history.change.${change.subject}.field`, 'history.change.other'], params);
}

/** Who made a change, in words; a person's authority after the name. */
export function describeActor(words: Words, actor?: Actor): string {
  const { t } = words;
  if (!actor || actor.kind === 'RESTRICTED') return t('history.actor.restricted');
  if (actor.kind === 'SYSTEM') return t([`history.actor.system.${actor.system}`, 'history.actor.system.other']);
  const name = actor.name ?? t('history.actor.unknown');
  return actor.authority ? `${name} (${words.label('Authority', actor.authority)})` : name;
}
