import { useEffect, useMemo } from 'react';
import { useForm } from 'react-hook-form';
import { useSearchParams } from 'react-router-dom';

/**
 * A filter form whose values live in the address (?teilregion=NORD): a bookmark keeps them, "Zurück" returns to the
 * previous choice. Each change applies at once; values equal to their default are left out of the address. Use the
 * form with FormProvider and inputs marked `filter`.
 */
export function useUrlFilters<T extends Record<string, string>>(defaults: T) {
  const [params, setParams] = useSearchParams();
  const names = Object.keys(defaults).join(',');
  // What the address says about these filters: the values change only when it does.
  const key = JSON.stringify(Object.keys(defaults).map((name) => params.get(name) ?? defaults[name]));
  const values = useMemo(() => {
    const list = JSON.parse(key) as string[];
    return Object.fromEntries(names.split(',').map((name, index) => [name, list[index]])) as T;
  }, [key, names]);
  const form = useForm<T>({ defaultValues: values as never });
  // Another address (back, forward, a link) is shown in the form.
  useEffect(() => form.reset(values as never), [form, values]);
  useEffect(
    () =>
      form.subscribe({
        formState: { values: true },
        callback: ({ values: changed, name, type }) => {
          if (!name || type !== 'change') return;
          const next = new URLSearchParams();
          for (const [field, value] of Object.entries(changed)) if (value !== defaults[field]) next.set(field, String(value ?? ''));
          setParams(next);
        },
      }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [form],
  );
  return { form, values };
}
