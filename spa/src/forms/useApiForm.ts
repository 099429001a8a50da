import { useState } from 'react';
import { useForm, type DefaultValues, type FieldValues, type Path, type Resolver, type UseFormReturn } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { z } from 'zod';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';
import { fieldLabel, fieldText, formPathOf } from '../api/problems';
import { useAnnounce } from '../components/Announcer';
import { withoutEmptyValues } from './schemas';

export interface ApiFormOptions<T extends FieldValues, R> {
  /** What the API would refuse, checked before sending (generated from the OpenAPI documents, plus refinements). */
  schema: z.ZodType<T, FieldValues>;
  defaultValues: DefaultValues<T>;
  /** Sends the values; rejects with an ApiError (or a conflict) when the change did not happen. */
  submit: (values: T) => Promise<R>;
  /** The confirmation people see and hear after the change, e.g. "Geburtsdatum von Amira Haddad geändert". */
  confirmation: (result: R, values: T) => string;
  /** The form field of an API path, when the form's names differ from the body's (default: the same path). */
  fieldOf?: (apiPath: string) => string | undefined;
  /** After the confirmation: leave the edit mode, move the focus to what changed. */
  onDone?: (result: R, values: T) => void;
  /** The form's values after success; by default it starts empty (or at its defaults) again. */
  valuesAfter?: (result: R) => DefaultValues<T>;
}

export interface ApiForm<T extends FieldValues> {
  form: UseFormReturn<T>;
  onSubmit: (event?: React.BaseSyntheticEvent) => Promise<void>;
  busy: boolean;
  /** What went wrong that has no field of this form to stand at: shown above the buttons. */
  problem?: unknown;
  /** Messages of rejected fields this form does not show, with their labels. */
  elsewhere: string[];
  clearProblem: () => void;
}

/**
 * The one way our forms talk to the API: react-hook-form with the API's schema, German messages at the fields before
 * sending and for what the API refuses after, a confirmation announced to screen readers, and a fresh form after
 * success. What was typed stays when the change fails.
 */
export function useApiForm<T extends FieldValues, R>(options: ApiFormOptions<T, R>): ApiForm<T> {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const resolver = zodResolver(options.schema as never) as unknown as Resolver<T>;
  const form = useForm<T>({
    defaultValues: options.defaultValues,
    resolver: (values, context, resolverOptions) => resolver(withoutEmptyValues(values), context, resolverOptions),
    shouldFocusError: true,
  });
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<unknown>();
  const [elsewhere, setElsewhere] = useState<string[]>([]);

  const onSubmit = form.handleSubmit(async (values) => {
    setBusy(true);
    setProblem(undefined);
    setElsewhere([]);
    try {
      const result = await options.submit(values);
      form.reset(options.valuesAfter ? options.valuesAfter(result) : options.defaultValues);
      announce(options.confirmation(result, values));
      options.onDone?.(result, values);
    } catch (failure) {
      const rest = placeAtFields(failure);
      setProblem(rest.length > 0 || !(failure instanceof ApiError && failure.status === 422) ? failure : undefined);
      setElsewhere(rest);
    } finally {
      setBusy(false);
    }
  });

  /** Puts each rejected field's message at its input; returns those the form has no input for. */
  function placeAtFields(failure: unknown): string[] {
    if (!(failure instanceof ApiError) || !failure.problem.errors) return [];
    // The fields as they are now: a person or language added since the form began has inputs too.
    const known = new Set([...paths(options.defaultValues), ...paths(form.getValues())]);
    const rest: string[] = [];
    let first = true;
    for (const error of failure.problem.errors) {
      const name = options.fieldOf?.(error.field ?? '') ?? formPathOf(error.field);
      const message = fieldText(t, error);
      if (known.has(name) || [...known].some((path) => path.startsWith(name + '.'))) {
        form.setError(name as Path<T>, { type: 'server', message }, { shouldFocus: first });
        first = false;
      } else {
        const label = fieldLabel(t, error.field);
        rest.push(label ? `${label}: ${message}` : message);
      }
    }
    return rest;
  }

  return { form, onSubmit, busy, problem, elsewhere, clearProblem: () => setProblem(undefined) };
}

/** Every path of the form's values in react-hook-form's dot notation (members.0.birthDate). */
function paths(values: unknown, prefix = ''): string[] {
  if (values === null || typeof values !== 'object') return prefix ? [prefix] : [];
  const entries = Array.isArray(values) ? values.map((value, index) => [String(index), value] as const) : Object.entries(values);
  const nested = entries.flatMap(([key, value]) => paths(value, prefix ? `${prefix}.${key}` : key));
  return prefix ? [prefix, ...nested] : nested;
}
