import { useId, type ReactNode } from 'react';
import { get, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

export interface FieldProps {
  /** The field's name in the form (react-hook-form dot notation). */
  name: string;
  label: string;
  hint?: string;
  required?: boolean;
  /** A search or filter field: none is required, so none is marked "optional". */
  filter?: boolean;
}

/** What a field hands its control: the id its label points to, whether it has a message, and what describes it. */
export interface FieldControl {
  id: string;
  invalid: boolean;
  describedBy?: string;
}

/** Label, hint, input and the field's message (German, from the schema or the API), wired for screen readers. */
export function FormField({
  name,
  label,
  hint,
  required,
  filter,
  children,
}: FieldProps & { children: (control: FieldControl) => ReactNode }) {
  const id = useId();
  const { t } = useTranslation();
  const { formState } = useFormContext();
  const message = (get(formState.errors, name) as { message?: string } | undefined)?.message;
  const describedBy = [hint && id + '-hint', message && id + '-error'].filter(Boolean).join(' ') || undefined;
  return (
    <div className={'kern-form-input' + (message ? ' kern-form-input--error' : '')}>
      <label className="kern-label" htmlFor={id}>
        {label}
        {!required && !filter && <span className="kern-label__optional"> ({t('common.optional')})</span>}
      </label>
      {hint && (
        <div className="kern-hint" id={id + '-hint'}>
          {hint}
        </div>
      )}
      {children({ id, invalid: Boolean(message), describedBy })}
      {message && (
        <p className="kern-error" id={id + '-error'}>
          {message}
        </p>
      )}
    </div>
  );
}
