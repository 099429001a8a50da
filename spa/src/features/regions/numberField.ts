import { z } from 'zod';

/**
 * A number typed into a form: the input gives text ("0.5"; the browser turns a German "0,5" in a number field into
 * it), the API wants a number. Empty stays empty (then the schema says whether it is required).
 */
export function numberField<T extends z.ZodType>(schema: T) {
  return z.preprocess((value) => (value === undefined || value === '' ? undefined : Number(value)), schema);
}
