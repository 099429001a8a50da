import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { call, cases } from '../../api/client';
import { hasRole, useSession } from '../../api/session';
import { useLoad } from '../../api/useLoad';
import { useLabels } from '../../i18n/format';
import { ScrollableTable } from '../../components/ScrollableTable';
import { Empty, Loading, ProblemAlert } from '../../components/States';

const FLAG_STYLE: Record<string, string> = {
  RESIDENCE_EXPIRING: 'danger',
  REFERRAL_OVERDUE: 'warning',
  ENDED_WITHOUT_FOLLOW_UP: 'warning',
  INACTIVE: 'info',
  REVIEW_OVERDUE: 'warning',
};

/** The case manager's start page: open cases by urgency, with the "nobody gets lost" flags. */
export function WorklistPage() {
  const { t } = useTranslation();
  const labels = useLabels();
  const session = useSession();
  const [scope, setScope] = useState<'MINE' | 'SUBREGION'>('MINE');
  const loaded = useLoad(() => call(cases.GET('/api/cases/worklist', { params: { query: { scope } } })), [scope]);
  return (
    <div className="kern-stack">
      <h1 className="kern-heading-large">{t('worklist.title')}</h1>
      {hasRole(session, 'coordinator') && (
        <div className="kern-btn-wrapper" role="group" aria-label={t('worklist.scope')}>
          {(['MINE', 'SUBREGION'] as const).map((value) => (
            <button
              key={value}
              type="button"
              className={'kern-btn ' + (scope === value ? 'kern-btn--primary' : 'kern-btn--secondary')}
              aria-pressed={scope === value}
              onClick={() => setScope(value)}
            >
              <span className="kern-label">{t('worklist.scope' + value)}</span>
            </button>
          ))}
        </div>
      )}
      {loaded.loading && !loaded.data && <Loading />}
      {loaded.error !== undefined && <ProblemAlert error={loaded.error} onRetry={loaded.reload} />}
      {loaded.data && loaded.data.length === 0 && <Empty text={t('worklist.empty')} />}
      {loaded.data && loaded.data.length > 0 && (
        <ScrollableTable label={t('worklist.title')}>
          <table className="kern-table kern-table--striped">
            <caption className="kern-sr-only">{t('worklist.title')}</caption>
            <thead className="kern-table__header">
              <tr className="kern-table__row">
                <th scope="col" className="kern-table__header">
                  {t('case.number')}
                </th>
                <th scope="col" className="kern-table__header">
                  {t('case.household')}
                </th>
                <th scope="col" className="kern-table__header">
                  {t('case.phase')}
                </th>
                <th scope="col" className="kern-table__header">
                  {t('case.priority')}
                </th>
                <th scope="col" className="kern-table__header">
                  {t('worklist.flags')}
                </th>
                <th scope="col" className="kern-table__header">
                  {t('case.nextReview')}
                </th>
              </tr>
            </thead>
            <tbody className="kern-table__body">
              {loaded.data.map((item) => (
                <tr key={item.caseId} className="kern-table__row">
                  <td className="kern-table__cell">
                    <Link className="kern-link" to={`/cases/${item.caseId}`}>
                      {item.number}
                    </Link>
                  </td>
                  <td className="kern-table__cell">{item.household}</td>
                  <td className="kern-table__cell">{labels.label('CasePhase', item.phase)}</td>
                  <td className="kern-table__cell">{labels.label('Priority', item.priority)}</td>
                  <td className="kern-table__cell">
                    <ul className="flag-list">
                      {(item.flags ?? []).map((flag) => (
                        <li key={`${flag.kind}${flag.subject}`}>
                          <span className={`kern-badge kern-badge--${FLAG_STYLE[flag.kind ?? ''] ?? 'info'}`} title={flag.detail}>
                            <span className="kern-label">{labels.label('Flag', flag.kind)}</span>
                          </span>
                        </li>
                      ))}
                    </ul>
                  </td>
                  <td className="kern-table__cell">{labels.date(item.nextReview)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollableTable>
      )}
    </div>
  );
}
