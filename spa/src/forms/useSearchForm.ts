import { useEffect, useRef } from 'react';
import { useForm, type DefaultValues } from 'react-hook-form';

/** A search waits for a pause in typing; a choice from a list applies at once. */
const TYPING_PAUSE_MS = 300;

/** Filters as the address keeps them (a search without its outer spaces). */
function normal(filters: { q: string }) {
  return JSON.stringify({ ...filters, q: filters.q.trim() });
}

/**
 * A search field (`q`) with filters whose values live in the address: the form shows what the address says (so back
 * and forward change it too) and calls `onChange` as one types (after a pause) or chooses (at once). What is being
 * typed is never overwritten by the address of an older search coming back.
 */
export function useSearchForm<T extends { q: string }>(filters: T, onChange: (filters: T) => void) {
  const form = useForm<T>({ defaultValues: filters as DefaultValues<T> });
  const latest = useRef(onChange);
  useEffect(() => {
    latest.current = onChange;
  });
  const timer = useRef<number>(undefined);
  // The filters as this form last sent them: the address coming back with them is no news; other addresses (back,
  // forward, a link) are shown, and a search still waiting for its pause is dropped.
  const sent = useRef(normal(filters));
  useEffect(() => {
    if (normal(filters) === sent.current) return;
    window.clearTimeout(timer.current);
    sent.current = normal(filters);
    form.reset(filters);
  }, [filters, form]);
  useEffect(() => {
    const unsubscribe = form.subscribe({
      formState: { values: true },
      callback: ({ values, name, type }) => {
        // Only what the person changes (a reset to the address's values is no change).
        if (!name || type !== 'change') return;
        window.clearTimeout(timer.current);
        const apply = () => {
          sent.current = normal(values as T);
          latest.current({ ...(values as T) });
        };
        if (name === 'q') timer.current = window.setTimeout(apply, TYPING_PAUSE_MS);
        else apply();
      },
    });
    return () => {
      unsubscribe();
      window.clearTimeout(timer.current);
    };
  }, [form]);
  return form;
}
