import type { TFunction } from 'i18next';
import { ApiError } from './client';

/** One rejected field as the API names it: the path, the rule it breaks and what the rule allows. */
export interface FieldProblem {
  field?: string;
  rule?: string;
  limits?: Record<string, unknown>;
}

/**
 * The last name in an API path, which says what the field is: "members[0].birthDate" → "birthDate",
 * "categories[1]" → "categories".
 */
export function leafOf(field: string | undefined): string {
  const last = (field ?? '').split('.').pop() ?? '';
  return last.replace(/\[\d+\]$/, '');
}

/** The form's name of an API path: "members[0].birthDate" → "members.0.birthDate" (react-hook-form's dot notation). */
export function formPathOf(field: string | undefined): string {
  return (field ?? '').replace(/\[(\d+)\]/g, '.$1');
}

/**
 * The message for a rejected field in the user's language: a text for this field and rule if there is one ("The birth
 * date must lie in the past"), else the rule's text ("Must lie in the past"), else a general one. Never the API's
 * English message, never the path.
 */
export function fieldText(t: TFunction, problem: FieldProblem): string {
  const rule = problem.rule ?? 'invalid';
  const limits = problem.limits ?? {};
  const values = {
    ...limits,
    count: typeof limits.max === 'number' ? limits.max : typeof limits.min === 'number' ? limits.min : undefined,
  };
  const leaf = leafOf(problem.field);
  // Rules whose text depends on a limit have a text per variant: "at most" or "at least", or the expected type.
  const variant =
    rule === 'length' || rule === 'count'
      ? limits.max !== undefined
        ? 'max'
        : 'min'
      : rule === 'type'
        ? String(limits.expected ?? 'none')
        : undefined;
  const key = variant ? `${rule}.${variant}` : rule;
  return t([`problem.field.${leaf}.${key}`, `problem.rule.${key}`, 'problem.rule.invalid'], values);
}

/** The label of a field for a list of problems shown away from the form ("Geburtsdatum: …"); null when unknown. */
export function fieldLabel(t: TFunction, field: string | undefined): string | null {
  const leaf = leafOf(field);
  return leaf && t(`problem.label.${leaf}`, { defaultValue: '' }) ? t(`problem.label.${leaf}`) : null;
}

/** A failure that is not an API problem: the connection, or a bug. */
function isNetworkFailure(error: unknown) {
  return error instanceof TypeError;
}

/** What went wrong, in a sentence in the user's language, by the problem's type (or the HTTP status). */
export function problemText(t: TFunction, error: unknown): string {
  if (error instanceof ApiError) {
    const kind = error.problem.type?.startsWith('urn:kim:problem:') ? error.problem.type.substring('urn:kim:problem:'.length) : '';
    return t([
      `problem.type.${kind}`,
      `problem.status.${error.status}`,
      error.status >= 500 ? 'problem.type.internal' : 'problem.type.unknown',
    ]);
  }
  if (isNetworkFailure(error)) return t('problem.network');
  return t('problem.type.unknown');
}

/** A conflict (412, 409), an outage or a lost connection may go away; a rejected input only when it is changed. */
export function retryable(error: unknown) {
  return !(error instanceof ApiError) || [409, 412, 429].includes(error.status) || error.status >= 500;
}
