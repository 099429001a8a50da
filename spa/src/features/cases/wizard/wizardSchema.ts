import { z } from 'zod';
import { zCaseInput } from '../../../api/generated/case-service.zod';
import { memberSchema, memberValues } from '../household/memberSchema';

/** A new case as the wizard collects it: where the household lives and who belongs to it (the API's CaseInput). */
export const wizardSchema = zCaseInput.pick({ municipalityId: true, quarterId: true, accommodationId: true }).extend({
  members: z.array(memberSchema).min(1).max(20),
});
export type WizardValues = z.infer<typeof wizardSchema>;

/** The form's start: every field present, one person with a language row to fill in. */
export function wizardDefaults() {
  return { municipalityId: '', quarterId: '', accommodationId: '', members: [memberValues()] };
}

/** The steps, each with the fields it checks before "Weiter". */
export const STEPS = [
  { name: 'where', fields: ['municipalityId', 'quarterId', 'accommodationId'] },
  { name: 'household', fields: ['members'] },
  { name: 'review', fields: [] },
] as const;
export const LAST_STEP = STEPS.length - 1;

/** The step that shows a field (its form path, "members.1.birthDate"); undefined for none. */
export function stepOf(field: string): number | undefined {
  const index = STEPS.findIndex((step) =>
    (step.fields as readonly string[]).some((name) => field === name || field.startsWith(name + '.')),
  );
  return index >= 0 ? index : undefined;
}

/** The form paths of the errors react-hook-form holds (nested objects and arrays), in the form's order. */
export function errorPaths(errors: object, prefix = ''): string[] {
  return Object.entries(errors).flatMap(([key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    if (!value || typeof value !== 'object' || key === 'ref') return [];
    // A field's error has a type (and its input as ref, not to be walked); anything else holds fields.
    return 'type' in value ? [path] : errorPaths(value, path);
  });
}
