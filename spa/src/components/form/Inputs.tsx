import { get, useFormContext } from 'react-hook-form';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { FormField, type FieldControl, type FieldProps } from './FormField';

export interface Option {
  value: string;
  label: string;
}

/** Text typed in another language than the page's (a translation): its language and, for Arabic or Farsi, rtl. */
interface TextLanguage {
  lang?: string;
  dir?: 'ltr' | 'rtl';
}

/** What every control of a field carries: its id, KERN's class (with the error variant) and the ARIA wiring. */
function controlProps({ id, invalid, describedBy }: FieldControl, className: string, required?: boolean) {
  return {
    id,
    className: className + (invalid ? ` ${className}--error` : ''),
    'aria-invalid': invalid || undefined,
    'aria-describedby': describedBy,
    'aria-required': required || undefined,
  };
}

export function TextInput({
  type = 'text',
  autoComplete,
  lang,
  dir,
  ...field
}: FieldProps & { type?: 'text' | 'date' | 'email' | 'tel' | 'number' | 'time' | 'search'; autoComplete?: string } & TextLanguage) {
  const { register } = useFormContext();
  return (
    <FormField {...field}>
      {(control) => (
        <input
          {...controlProps(control, 'kern-form-input__input', field.required)}
          type={type}
          lang={lang}
          dir={dir}
          autoComplete={autoComplete ?? 'off'}
          {...register(field.name)}
        />
      )}
    </FormField>
  );
}

export function TextArea({ rows = 4, lang, dir, ...field }: FieldProps & { rows?: number } & TextLanguage) {
  const { register } = useFormContext();
  return (
    <FormField {...field}>
      {(control) => (
        <textarea
          {...controlProps(control, 'kern-form-input__input', field.required)}
          rows={rows}
          lang={lang}
          dir={dir}
          {...register(field.name)}
        />
      )}
    </FormField>
  );
}

/** A choice from a list; `empty` is the entry for "none" (optional fields) or "please choose" (required ones). */
export function SelectInput({ options, empty, ...field }: FieldProps & { options: Option[]; empty?: string }) {
  const { register } = useFormContext();
  const { t } = useTranslation();
  return (
    <FormField {...field}>
      {(control) => (
        <div className="kern-form-input__select-wrapper">
          <select {...controlProps(control, 'kern-form-input__select', field.required)} {...register(field.name)}>
            <option value="">{empty ?? (field.required ? t('common.choose') : t('common.none'))}</option>
            {options.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </div>
      )}
    </FormField>
  );
}

/** Several values of one field (e.g. a consent's data categories) or one of a few (radio). */
export function ChoiceGroup({ options, multiple = true, ...field }: FieldProps & { options: Option[]; multiple?: boolean }) {
  const { register, formState } = useFormContext();
  const { t } = useTranslation();
  const id = useId();
  const message = (get(formState.errors, field.name) as { message?: string } | undefined)?.message;
  return (
    <fieldset
      className={'kern-fieldset' + (message ? ' kern-fieldset--error' : '')}
      aria-describedby={[field.hint && id + '-hint', message && id + '-error'].filter(Boolean).join(' ') || undefined}
      aria-invalid={message ? true : undefined}
    >
      <legend className="kern-label">
        {field.label}
        {!field.required && <span className="kern-label__optional"> ({t('common.optional')})</span>}
      </legend>
      {field.hint && (
        <div className="kern-hint" id={id + '-hint'}>
          {field.hint}
        </div>
      )}
      <div className="kern-fieldset__body">
        {options.map((option) => (
          <div className="kern-form-check" key={option.value}>
            <input
              className={multiple ? 'kern-form-check__checkbox' : 'kern-form-check__radio'}
              type={multiple ? 'checkbox' : 'radio'}
              id={id + option.value}
              value={option.value}
              {...register(field.name)}
            />
            <label className="kern-label" htmlFor={id + option.value}>
              {option.label}
            </label>
          </div>
        ))}
      </div>
      {message && (
        <p className="kern-error" id={id + '-error'}>
          {message}
        </p>
      )}
    </fieldset>
  );
}

/** One yes/no question (a single checkbox), e.g. whether a note is confided. */
export function CheckboxInput({ name, label, hint }: { name: string; label: string; hint?: string }) {
  const { register } = useFormContext();
  const id = useId();
  return (
    <div className="kern-form-check">
      <input
        className="kern-form-check__checkbox"
        type="checkbox"
        id={id}
        aria-describedby={hint ? id + '-hint' : undefined}
        {...register(name)}
      />
      <label className="kern-label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <div className="kern-hint" id={id + '-hint'}>
          {hint}
        </div>
      )}
    </div>
  );
}
