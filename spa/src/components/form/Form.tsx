import type { ReactNode } from 'react';
import { FormProvider, type FieldValues } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ApiForm } from '../../forms/useApiForm';
import { ProblemAlert } from '../States';

/**
 * A form of ours: the fields, then what went wrong that belongs to no field, then the buttons: the action in words and,
 * in an edit mode, "Abbrechen". Browser validation is off: the schema says it in German, at the field.
 */
export function Form<T extends FieldValues>({
  api,
  label,
  submit,
  onCancel,
  children,
  className = 'stacked-form',
}: {
  api: ApiForm<T>;
  label: string;
  submit: string;
  onCancel?: () => void;
  children: ReactNode;
  className?: string;
}) {
  const { t } = useTranslation();
  return (
    <FormProvider {...api.form}>
      <form className={className} aria-label={label} noValidate onSubmit={api.onSubmit}>
        {children}
        {(api.problem !== undefined || api.elsewhere.length > 0) && (
          <ProblemAlert error={api.problem} details={api.elsewhere} onRetry={() => void api.onSubmit()} />
        )}
        <div className="form-actions">
          <button type="submit" className="kern-btn kern-btn--primary" disabled={api.busy} aria-busy={api.busy || undefined}>
            <span className="kern-label">{submit}</span>
          </button>
          {onCancel && (
            <button type="button" className="kern-btn kern-btn--tertiary" onClick={onCancel}>
              <span className="kern-label">{t('common.cancel')}</span>
            </button>
          )}
        </div>
      </form>
    </FormProvider>
  );
}
