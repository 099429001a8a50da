import { z } from 'zod';
import { todayIso } from '../i18n/format';

// Rules the OpenAPI documents cannot state (JSON Schema knows no "in the past"), added to the generated schemas where
// the API checks them with Bean Validation. Each names its rule as the API does.

/** An ISO date (yyyy-mm-dd) before today. */
export const pastDate = z.iso.date().refine((value) => value < todayIso(), { params: { rule: 'past' } });

/** An ISO date not after today. */
export const pastOrPresentDate = z.iso.date().refine((value) => value <= todayIso(), { params: { rule: 'past-or-present' } });

/**
 * What a form holds for an optional field when nothing is entered (an empty input or select) is "not given" to the
 * API: empty strings become undefined before validation, so optional fields stay optional and required ones say so.
 */
export function withoutEmptyValues<T>(values: T): T {
  if (values === '' || values === null) return undefined as T;
  if (Array.isArray(values)) return values.map(withoutEmptyValues) as T;
  if (typeof values === 'object' && values !== undefined) {
    return Object.fromEntries(Object.entries(values as object).map(([key, value]) => [key, withoutEmptyValues(value)])) as T;
  }
  return values;
}
