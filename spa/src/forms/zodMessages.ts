import { z } from 'zod';
import i18n from '../i18n';
import { fieldText, type FieldProblem } from '../api/problems';

/**
 * The rule a zod issue stands for, named as the API names its rules, so that a form says the same before sending as
 * the API would say after.
 */
export function ruleOf(issue: z.core.$ZodRawIssue): FieldProblem {
  const field = [...(issue.path ?? [])].reverse().find((segment) => typeof segment === 'string') as string | undefined;
  const limits: Record<string, unknown> = {};
  let rule = 'invalid';
  switch (issue.code) {
    case 'invalid_type':
      rule = issue.input === undefined || issue.input === null ? 'required' : 'type';
      if (rule === 'type') limits.expected = issue.expected === 'number' ? 'number' : 'text';
      break;
    case 'too_small':
      if (issue.origin === 'string' && Number(issue.minimum) <= 1) rule = 'required';
      else {
        rule = issue.origin === 'string' ? 'length' : issue.origin === 'array' || issue.origin === 'set' ? 'count' : 'min';
        limits.min = Number(issue.minimum);
      }
      break;
    case 'too_big':
      rule = issue.origin === 'string' ? 'length' : issue.origin === 'array' || issue.origin === 'set' ? 'count' : 'max';
      limits.max = Number(issue.maximum);
      break;
    case 'invalid_format':
      if (issue.format === 'regex') rule = 'pattern';
      else if (issue.format === 'email') rule = 'email';
      else {
        rule = 'type';
        limits.expected =
          issue.format === 'date' ? 'date' : issue.format === 'datetime' ? 'date-time' : issue.format === 'uuid' ? 'uuid' : 'text';
      }
      break;
    case 'invalid_value':
      rule = issue.input === '' || issue.input === undefined ? 'required' : 'one-of';
      break;
    case 'custom':
      rule = String((issue.params as { rule?: string } | undefined)?.rule ?? 'invalid');
      break;
  }
  return { field, rule, limits };
}

/** Every zod message in the user's language, from the same texts as the API's problems; set once at start-up. */
export function speakZodInOurWords() {
  z.config({ customError: (issue) => fieldText(i18n.t.bind(i18n), ruleOf(issue)) });
}
