import { useTranslation } from 'react-i18next';
import { call, cases } from '../../api/client';
import { useLoad } from '../../api/useLoad';
import { useLabels } from '../../i18n/format';
import { Loading, ProblemAlert } from '../../components/States';
import type { CaseSectionProps } from './caseTypes';

/** Who changed what and when (field paths, never values), newest first. */
export function HistorySection({ state, etag }: CaseSectionProps) {
  const { t } = useTranslation();
  const labels = useLabels();
  const loaded = useLoad(
    () => call(cases.GET('/api/cases/{id}/history', { params: { path: { id: state.id! }, query: { size: 50 } } })),
    [state.id, etag],
  );
  return (
    <section id="history" aria-labelledby="history-title" className="case-section">
      <h2 id="history-title" className="kern-heading-medium">
        {t('case.section.history')}
      </h2>
      {loaded.loading && !loaded.data && <Loading />}
      {loaded.error !== undefined && <ProblemAlert error={loaded.error} onRetry={loaded.reload} />}
      {loaded.data && (
        <ol className="kern-list history-list">
          {loaded.data.map((entry) => (
            <li key={entry.version}>
              <strong>{labels.dateTime(entry.at)}</strong> · {entry.actor} · {labels.label('HistoryAction', entry.action)}
              {(entry.changes ?? []).length > 0 && (
                <span className="kern-body--small kern-body--muted"> ({(entry.changes ?? []).join(', ')})</span>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
