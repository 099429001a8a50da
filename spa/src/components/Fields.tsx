import { useId, type ReactNode } from 'react';
import { ApiError } from '../api/client';

interface FieldProps {
  label: string;
  /** The API's field path; the problem's message for it is shown under the input. */
  field: string;
  error?: unknown;
  hint?: string;
  required?: boolean;
}

function fieldError(error: unknown, field: string) {
  return error instanceof ApiError ? error.fieldMessage(field) : undefined;
}

function Wrapper({
  label,
  hint,
  message,
  id,
  children,
}: {
  label: string;
  hint?: string;
  message?: string;
  id: string;
  children: ReactNode;
}) {
  return (
    <div className={'kern-form-input' + (message ? ' kern-form-input--error' : '')}>
      <label className="kern-label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <div className="kern-hint" id={id + '-hint'}>
          {hint}
        </div>
      )}
      {children}
      {message && (
        <p className="kern-error" id={id + '-error'} role="alert">
          {message}
        </p>
      )}
    </div>
  );
}

function describedBy(id: string, hint?: string, message?: string) {
  return [hint && id + '-hint', message && id + '-error'].filter(Boolean).join(' ') || undefined;
}

export function TextField(
  props: FieldProps & {
    value: string;
    onChange: (value: string) => void;
    type?: 'text' | 'date' | 'month' | 'number' | 'time' | 'search' | 'datetime-local';
    multiline?: boolean;
  },
) {
  const id = useId();
  const message = fieldError(props.error, props.field);
  const common = {
    id,
    name: props.field,
    value: props.value,
    required: props.required,
    'aria-invalid': message ? true : undefined,
    'aria-describedby': describedBy(id, props.hint, message),
  };
  return (
    <Wrapper label={props.label} hint={props.hint} message={message} id={id}>
      {props.multiline ? (
        <textarea
          {...common}
          className={'kern-form-input__input' + (message ? ' kern-form-input__input--error' : '')}
          rows={4}
          onChange={(event) => props.onChange(event.target.value)}
        />
      ) : (
        <input
          {...common}
          type={props.type ?? 'text'}
          className={'kern-form-input__input' + (message ? ' kern-form-input__input--error' : '')}
          onChange={(event) => props.onChange(event.target.value)}
        />
      )}
    </Wrapper>
  );
}

export function SelectField(
  props: FieldProps & { value: string; onChange: (value: string) => void; options: { value: string; label: string }[]; empty?: string },
) {
  const id = useId();
  const message = fieldError(props.error, props.field);
  return (
    <Wrapper label={props.label} hint={props.hint} message={message} id={id}>
      <div className="kern-form-input__select-wrapper">
        <select
          id={id}
          name={props.field}
          className={'kern-form-input__select' + (message ? ' kern-form-input__select--error' : '')}
          value={props.value}
          required={props.required}
          aria-invalid={message ? true : undefined}
          aria-describedby={describedBy(id, props.hint, message)}
          onChange={(event) => props.onChange(event.target.value)}
        >
          {props.empty !== undefined && <option value="">{props.empty}</option>}
          {props.options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </div>
    </Wrapper>
  );
}

/** A group of checkboxes for a multi-valued field (e.g. a consent's data categories). */
export function CheckboxGroup(
  props: FieldProps & { values: string[]; onChange: (values: string[]) => void; options: { value: string; label: string }[] },
) {
  const id = useId();
  const message = fieldError(props.error, props.field);
  return (
    <fieldset className={'kern-fieldset' + (message ? ' kern-fieldset--error' : '')} aria-describedby={message ? id + '-error' : undefined}>
      <legend className="kern-label">{props.label}</legend>
      <div className="kern-fieldset__body">
        {props.options.map((option) => (
          <div className="kern-form-check" key={option.value}>
            <input
              className="kern-form-check__checkbox"
              type="checkbox"
              id={id + option.value}
              checked={props.values.includes(option.value)}
              onChange={(event) =>
                props.onChange(
                  event.target.checked ? [...props.values, option.value] : props.values.filter((value) => value !== option.value),
                )
              }
            />
            <label className="kern-label" htmlFor={id + option.value}>
              {option.label}
            </label>
          </div>
        ))}
      </div>
      {message && (
        <p className="kern-error" id={id + '-error'} role="alert">
          {message}
        </p>
      )}
    </fieldset>
  );
}

export function Button({
  children,
  kind = 'primary',
  busy,
  ...rest
}: React.ButtonHTMLAttributes<HTMLButtonElement> & { kind?: 'primary' | 'secondary' | 'tertiary'; busy?: boolean }) {
  return (
    <button type="button" className={'kern-btn kern-btn--' + kind} disabled={busy || rest.disabled} aria-busy={busy || undefined} {...rest}>
      <span className="kern-label">{children}</span>
    </button>
  );
}
