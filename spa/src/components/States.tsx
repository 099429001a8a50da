import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';

/** Shown while data loads: announced politely to screen readers. */
export function Loading() {
  const { t } = useTranslation();
  return (
    <div className="kern-loader kern-loader--visible" role="status" aria-live="polite">
      <span className="kern-sr-only">{t('common.loading')}</span>
    </div>
  );
}

export function Empty({ text }: { text: string }) {
  return <p className="kern-body kern-body--muted empty-state">{text}</p>;
}

/** An API problem (or any failure) as a KERN alert with the problem's title and detail. */
export function ProblemAlert({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const problem = error instanceof ApiError ? error.problem : undefined;
  const title = problem?.title ?? t('common.error');
  const detail = problem?.detail ?? (error instanceof Error ? error.message : undefined);
  return (
    <div className="kern-alert kern-alert--danger" role="alert">
      <div className="kern-alert__header">
        <span className="kern-title">{title}</span>
      </div>
      <div className="kern-alert__body">
        {detail && <p className="kern-body">{detail}</p>}
        {problem?.errors && problem.errors.length > 0 && (
          <ul className="kern-list">
            {problem.errors.map((fieldError) => (
              <li key={`${fieldError.field}:${fieldError.message}`}>
                <code>{fieldError.field}</code>: {fieldError.message}
              </li>
            ))}
          </ul>
        )}
        {onRetry && retryable(error) && (
          <button type="button" className="kern-btn kern-btn--secondary" onClick={onRetry}>
            <span className="kern-label">
              {error instanceof ApiError && error.status === 412 ? t('common.reloadAndRetry') : t('common.retry')}
            </span>
          </button>
        )}
      </div>
    </div>
  );
}

/** A conflict (412, 409), an outage or a lost connection may go away; a rejected input only when it is changed. */
function retryable(error: unknown) {
  return !(error instanceof ApiError) || [409, 412, 429].includes(error.status) || error.status >= 500;
}

export function Success({ text }: { text: string }) {
  return (
    <div className="kern-alert kern-alert--success" role="status">
      <div className="kern-alert__header">
        <span className="kern-title">{text}</span>
      </div>
    </div>
  );
}
