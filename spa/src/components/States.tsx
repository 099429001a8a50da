import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';
import { fieldLabel, fieldText, problemText, retryable } from '../api/problems';
import { ConflictError } from '../api/conflict';
import { ChangedMeanwhile } from '../features/cases/history/ChangedMeanwhile';

/** Shown while data loads: announced politely to screen readers. */
export function Loading() {
  const { t } = useTranslation();
  return (
    <div className="kern-loader kern-loader--visible" role="status" aria-live="polite">
      <span className="kern-sr-only">{t('common.loading')}</span>
    </div>
  );
}

/**
 * What stands in for a query's data until there is some to show: the loader, the problem with a retry, or the text for
 * an empty answer.
 */
export function QueryStates({
  query,
  empty,
}: {
  query: { isPending: boolean; error: unknown; refetch: () => unknown };
  /** Shown when the answer is there and holds nothing. */
  empty?: { when: boolean; text: string };
}) {
  return (
    <>
      {query.isPending && <Loading />}
      {query.error != null && <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />}
      {!query.isPending && query.error == null && empty?.when && <Empty text={empty.text} />}
    </>
  );
}

export function Empty({ text }: { text: string }) {
  return <p className="kern-body kern-body--muted empty-state">{text}</p>;
}

/**
 * What went wrong, in the user's language: the kind of problem in a sentence, the rejected fields with their labels
 * (when the screen shows them nowhere else), and a way on: retry, or reload after someone else's change. Never the API's
 * English texts, field paths or ids.
 */
export function ProblemAlert({ error, details = [], onRetry }: { error: unknown; details?: string[]; onRetry?: () => void }) {
  const { t } = useTranslation();
  if (error instanceof ConflictError) {
    return (
      <div className="kern-alert kern-alert--warning" role="alert">
        <div className="kern-alert__header">
          <span className="kern-title">{t('conflict.title')}</span>
        </div>
        <div className="kern-alert__body">
          <ChangedMeanwhile entries={error.meanwhile} />
          <p className="kern-body">{t('conflict.keep')}</p>
        </div>
      </div>
    );
  }
  const fieldMessages =
    error instanceof ApiError && details.length === 0
      ? (error.problem.errors ?? []).map((fieldError) => {
          const label = fieldLabel(t, fieldError.field);
          return (label ? label + ': ' : '') + fieldText(t, fieldError);
        })
      : details;
  const title = error === undefined ? t('problem.type.validation') : problemText(t, error);
  return (
    <div className="kern-alert kern-alert--danger" role="alert">
      <div className="kern-alert__header">
        <span className="kern-title">{title}</span>
      </div>
      {(fieldMessages.length > 0 || (onRetry && error !== undefined && retryable(error))) && (
        <div className="kern-alert__body">
          {fieldMessages.length > 0 && (
            <ul className="kern-list">
              {fieldMessages.map((message) => (
                <li key={message}>{message}</li>
              ))}
            </ul>
          )}
          {onRetry && error !== undefined && retryable(error) && (
            <button type="button" className="kern-btn kern-btn--secondary" onClick={onRetry}>
              <span className="kern-label">{t('common.retry')}</span>
            </button>
          )}
        </div>
      )}
    </div>
  );
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
